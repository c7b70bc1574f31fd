package org.lvzhi.attachment;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/** Small files of each kind, as their first bytes (or whole, for Office files). */
final class Samples {

  private Samples() {}

  static byte[] pdf() {
    return "%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n"
        .getBytes(StandardCharsets.ISO_8859_1);
  }

  /** A Windows executable: "MZ", the offset of the PE header at 0x3c, and "PE\0\0" there. */
  static byte[] exe() {
    byte[] bytes = new byte[1024];
    bytes[0] = 'M';
    bytes[1] = 'Z';
    bytes[0x3c] = (byte) 0x80;
    bytes[0x80] = 'P';
    bytes[0x81] = 'E';
    return bytes;
  }

  static byte[] png() {
    return bytes(
        0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R', 0, 0, 0, 1,
        0, 0, 0, 1, 8, 2, 0, 0, 0);
  }

  static byte[] jpeg() {
    return bytes(0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10, 'J', 'F', 'I', 'F', 0, 1, 1, 0, 0, 1, 0, 1, 0, 0);
  }

  static byte[] gif() {
    return "GIF89a\u0001\u0000\u0001\u0000\u0000\u0000\u0000;"
        .getBytes(StandardCharsets.ISO_8859_1);
  }

  static byte[] webp() {
    return "RIFF\u0024\u0000\u0000\u0000WEBPVP8 \u0018\u0000\u0000\u0000"
        .getBytes(StandardCharsets.ISO_8859_1);
  }

  static byte[] zip() {
    return bytes(
        0x50, 0x4B, 0x03, 0x04, 0x14, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        1, 0, 0, 0, 'a');
  }

  static byte[] docx() {
    return write(out -> new XWPFDocument().write(out));
  }

  static byte[] xlsx() {
    return write(
        out -> {
          try (var workbook = new XSSFWorkbook()) {
            workbook.createSheet("表1").createRow(0).createCell(0).setCellValue("履职");
            workbook.write(out);
          }
        });
  }

  static byte[] xls() {
    return write(
        out -> {
          try (var workbook = new HSSFWorkbook()) {
            workbook.createSheet("表1").createRow(0).createCell(0).setCellValue("履职");
            workbook.write(out);
          }
        });
  }

  /** A PDF header followed by filler, {@code size} bytes in all. */
  static byte[] pdfOfSize(int size) {
    byte[] bytes = Arrays.copyOf(pdf(), size);
    Arrays.fill(bytes, pdf().length, size, (byte) ' ');
    return bytes;
  }

  private interface Writer {
    void write(ByteArrayOutputStream out) throws IOException;
  }

  private static byte[] write(Writer writer) {
    try {
      var out = new ByteArrayOutputStream();
      writer.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] bytes(int... values) {
    byte[] bytes = new byte[values.length];
    for (int i = 0; i < values.length; i++) {
      bytes[i] = (byte) values[i];
    }
    return bytes;
  }
}
