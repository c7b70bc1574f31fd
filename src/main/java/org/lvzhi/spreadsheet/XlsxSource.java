package org.lvzhi.spreadsheet;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.function.Consumer;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/** Feeds the rows of the first worksheet of an .xlsx file to a consumer. */
final class XlsxSource {

  private XlsxSource() {}

  /**
   * The upload goes to a temporary file first: POI then reads the zip from disk instead of keeping
   * every unpacked part in memory.
   */
  static void read(InputStream in, Consumer<RawRow> sink) throws Exception {
    Path file = Files.createTempFile("lvzhi-import-", ".xlsx");
    try {
      Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
      checkIsXlsx(file);
      OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
      try {
        readFirstSheet(pkg, sink);
      } finally {
        pkg.revert();
      }
    } finally {
      Files.deleteIfExists(file);
    }
  }

  private static void checkIsXlsx(Path file) throws IOException {
    FileMagic magic = FileMagic.valueOf(file.toFile());
    if (magic == FileMagic.OLE2) {
      throw Spreadsheets.unreadable(SheetTexts.of("import.oldOrEncrypted"));
    }
    if (magic != FileMagic.OOXML) {
      throw Spreadsheets.unreadable(SheetTexts.of("import.brokenXlsx"));
    }
  }

  private static void readFirstSheet(OPCPackage pkg, Consumer<RawRow> sink) throws Exception {
    XSSFReader reader = new XSSFReader(pkg);
    reader.setUseReadOnlySharedStringsTable(true);
    boolean date1904 = isDate1904(reader);
    XSSFReader.SheetIterator sheets = reader.getSheetIterator();
    if (!sheets.hasNext()) {
      throw Spreadsheets.unreadable(SheetTexts.of("import.noSheet"));
    }
    try (InputStream sheet = sheets.next()) {
      XMLReader xml = XMLHelper.newXMLReader();
      xml.setContentHandler(
          new XlsxSheetHandler(
              reader.getSharedStringsTable(), reader.getStylesTable(), date1904, sink));
      xml.parse(new InputSource(sheet));
    }
  }

  /**
   * Workbooks made by old Mac Excel count days from 1904, which shifts every date by four years.
   */
  private static boolean isDate1904(XSSFReader reader) throws Exception {
    boolean[] date1904 = {false};
    XMLReader xml = XMLHelper.newXMLReader();
    xml.setContentHandler(
        new DefaultHandler() {
          @Override
          public void startElement(String uri, String local, String qName, Attributes attrs) {
            if (Xml.name(local, qName).equals("workbookPr")) {
              String value = attrs.getValue("date1904");
              date1904[0] = "1".equals(value) || "true".equalsIgnoreCase(value);
            }
          }
        });
    try (InputStream workbook = reader.getWorkbookData()) {
      xml.parse(new InputSource(workbook));
    }
    return date1904[0];
  }
}
