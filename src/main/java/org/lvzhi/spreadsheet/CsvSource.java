package org.lvzhi.spreadsheet;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Feeds the rows of a .csv file to a consumer. Excel and WPS on Chinese Windows save CSV as GBK
 * unless told otherwise, so a file that is not valid UTF-8 is read as GB18030 (a superset of GBK).
 */
final class CsvSource {

  private static final Charset GB18030 = Charset.forName("GB18030");
  private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  // Blank lines are kept so that record numbers stay the row numbers Excel shows.
  private static final CSVFormat FORMAT =
      CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(false).get();

  private CsvSource() {}

  static void read(InputStream in, Consumer<RawRow> sink, ImportLimits limits) throws IOException {
    byte[] bytes =
        in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.maxUncompressedSize() + 1));
    if (bytes.length > limits.maxUncompressedSize()) {
      throw limits.tooLarge();
    }
    int offset = startsWithBom(bytes) ? UTF8_BOM.length : 0;
    Charset charset = offset > 0 || isUtf8(bytes) ? StandardCharsets.UTF_8 : GB18030;
    Reader reader =
        new InputStreamReader(
            new ByteArrayInputStream(bytes, offset, bytes.length - offset), charset);
    try (CSVParser parser = CSVParser.parse(reader, FORMAT)) {
      for (CSVRecord record : parser) {
        int row = (int) Math.min(record.getRecordNumber(), Integer.MAX_VALUE);
        for (String cell : record) {
          limits.checkCell(row, cell.length());
        }
        sink.accept(new RawRow(row, new ArrayList<>(record.toList())));
      }
    }
  }

  private static boolean startsWithBom(byte[] bytes) {
    return bytes.length >= 3
        && bytes[0] == UTF8_BOM[0]
        && bytes[1] == UTF8_BOM[1]
        && bytes[2] == UTF8_BOM[2];
  }

  /** Decodes in small chunks: strict UTF-8 fails fast on GBK bytes without a copy of the text. */
  private static boolean isUtf8(byte[] bytes) throws IOException {
    var decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    try (Reader reader = new InputStreamReader(new ByteArrayInputStream(bytes), decoder)) {
      char[] buffer = new char[8192];
      while (reader.read(buffer) >= 0) {
        // reading is the check
      }
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }
}
