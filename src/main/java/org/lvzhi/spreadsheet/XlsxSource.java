package org.lvzhi.spreadsheet;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.function.Consumer;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;
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
  static void read(InputStream in, Consumer<RawRow> sink, ImportLimits limits) throws Exception {
    Path file = Files.createTempFile("lvzhi-import-", ".xlsx");
    try {
      Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
      checkIsXlsx(file);
      checkDeclaredSizes(file, limits);
      OPCPackage pkg;
      synchronized (ZipSecureFile.class) {
        // POI's zip-bomb guard checks every entry while it is inflated: no entry larger than the
        // limit, none compressed more than 1:100, no text part larger than the limit.
        ZipSecureFile.setMaxEntrySize(limits.maxUncompressedSize());
        ZipSecureFile.setMaxTextSize(limits.maxUncompressedSize());
        ZipSecureFile.setMinInflateRatio(0.01);
        pkg = open(file, limits);
      }
      try {
        readFirstSheet(pkg, sink, limits);
      } finally {
        pkg.revert();
      }
    } finally {
      Files.deleteIfExists(file);
    }
  }

  private static OPCPackage open(Path file, ImportLimits limits) throws Exception {
    try {
      return OPCPackage.open(file.toFile(), PackageAccess.READ);
    } catch (org.apache.poi.openxml4j.exceptions.InvalidOperationException
        | org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException e) {
      if (isZipBomb(e)) {
        throw limits.tooLarge();
      }
      throw e;
    }
  }

  /**
   * The sizes the zip declares, before anything is inflated: more entries or more bytes than an
   * import may hold are refused at once (inflating is then bounded again by {@link ZipSecureFile}).
   */
  private static void checkDeclaredSizes(Path file, ImportLimits limits) throws IOException {
    try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(file.toFile())) {
      long total = 0;
      int entries = 0;
      var all = zip.entries();
      while (all.hasMoreElements()) {
        var entry = all.nextElement();
        entries++;
        long size = entry.getSize();
        total += Math.max(size, 0);
        if (entries > 10_000 || total > limits.maxUncompressedSize()) {
          throw limits.tooLarge();
        }
      }
    } catch (java.util.zip.ZipException e) {
      throw Spreadsheets.unreadable(SheetTexts.of("import.brokenXlsx"));
    }
  }

  private static boolean isZipBomb(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      String message = String.valueOf(t.getMessage());
      if (message.contains("Zip bomb") || message.contains("zip bomb")) {
        return true;
      }
    }
    return false;
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

  private static void readFirstSheet(OPCPackage pkg, Consumer<RawRow> sink, ImportLimits limits)
      throws Exception {
    try {
      readSheet(pkg, sink, limits);
    } catch (ImportRejectedException e) {
      throw e;
    } catch (Exception e) {
      if (isZipBomb(e)) {
        throw limits.tooLarge();
      }
      throw e;
    }
  }

  private static void readSheet(OPCPackage pkg, Consumer<RawRow> sink, ImportLimits limits)
      throws Exception {
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
              reader.getSharedStringsTable(), reader.getStylesTable(), date1904, sink, limits));
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
