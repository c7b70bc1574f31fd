package org.lvzhi.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/**
 * Imports are bounded while they stream: cell length, unpacked size and rows. Every file here is
 * built in memory; the enormous ones are highly compressible, as the attack is.
 */
class ImportLimitsTest {

  static final List<SheetColumn> NAME = List.of(new SheetColumn("姓名", true));

  /** A workbook whose only sheet is the given XML body, streamed: nothing is kept in memory. */
  static byte[] xlsxWithSheet(SheetWriter sheet) throws IOException {
    ByteArrayOutputStream template = new ByteArrayOutputStream();
    new Spreadsheets().writeXlsx(template, "名单", List.of("姓名"), Stream.of(List.of("张三")));
    java.nio.file.Path copy = java.nio.file.Files.createTempFile("import-limits-", ".xlsx");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      java.nio.file.Files.write(copy, template.toByteArray());
      try (java.util.zip.ZipFile in = new java.util.zip.ZipFile(copy.toFile());
          ZipOutputStream zip = new ZipOutputStream(out)) {
        zip.setLevel(9);
        for (ZipEntry entry : java.util.Collections.list(in.entries())) {
          zip.putNextEntry(new ZipEntry(entry.getName()));
          if (entry.getName().startsWith("xl/worksheets/sheet")) {
            sheet.write(zip);
          } else {
            try (var part = in.getInputStream(entry)) {
              part.transferTo(zip);
            }
          }
          zip.closeEntry();
        }
      }
    } finally {
      java.nio.file.Files.deleteIfExists(copy);
    }
    return out.toByteArray();
  }

  interface SheetWriter {
    void write(OutputStream out) throws IOException;
  }

  static void sheetWithCell(OutputStream out, long characters) throws IOException {
    out.write(
        ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet"
                + " xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
                + "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>姓名</t></is></c></row>"
                + "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>")
            .getBytes(StandardCharsets.UTF_8));
    byte[] chunk = "A".repeat(64 * 1024).getBytes(StandardCharsets.US_ASCII);
    for (long written = 0; written < characters; written += chunk.length) {
      out.write(chunk, 0, (int) Math.min(chunk.length, characters - written));
    }
    out.write("</t></is></c></row></sheetData></worksheet>".getBytes(StandardCharsets.UTF_8));
  }

  private static ImportRejectedException refused(Spreadsheets sheets, String name, byte[] file) {
    return catchThrowableOfType(
        ImportRejectedException.class,
        () -> sheets.read(name, new ByteArrayInputStream(file), NAME));
  }

  @Test
  void anEnormousCellIsRefusedWhileStreamingNotAfterLoading() throws IOException {
    // 40 MB of one letter packs into well under a megabyte, as in the reported attack.
    byte[] file = xlsxWithSheet(out -> sheetWithCell(out, 40L * 1024 * 1024));
    assertThat(file.length).isLessThan(1024 * 1024);

    ImportRejectedException e = refused(new Spreadsheets(), "bomb.xlsx", file);

    assertThat(e).isNotNull();
    assertThat(e.getMessage()).contains("32767");
    assertThat(e.errors().get(0).row()).isEqualTo(2);
  }

  @Test
  void aCellLongerThanTheLimitIsRefusedInXlsxAndCsv() throws IOException {
    Spreadsheets sheets = new Spreadsheets(100, 1000, 50L * 1024 * 1024);
    byte[] xlsx = xlsxWithSheet(out -> sheetWithCell(out, 1001));
    assertThat(refused(sheets, "a.xlsx", xlsx).getMessage()).contains("1000");
    assertThat(
            sheets.read(
                "a.xlsx",
                new ByteArrayInputStream(xlsxWithSheet(out -> sheetWithCell(out, 1000))),
                NAME))
        .hasSize(1);

    byte[] csv = ("姓名\n" + "张".repeat(1001) + "\n").getBytes(StandardCharsets.UTF_8);
    ImportRejectedException e = refused(sheets, "a.csv", csv);
    assertThat(e.getMessage()).contains("1000");
    assertThat(e.errors().get(0).row()).isEqualTo(2);
  }

  @Test
  void aFileThatUnpacksBeyondTheLimitIsRefused() throws IOException {
    Spreadsheets sheets = new Spreadsheets(100, 32_767, 1024 * 1024);
    // Many short rows: each cell is fine, the whole is two megabytes unpacked.
    byte[] xlsx =
        xlsxWithSheet(
            out -> {
              out.write(
                  ("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                          + "<sheetData>")
                      .getBytes(StandardCharsets.UTF_8));
              byte[] row =
                  "<row><c t=\"inlineStr\"><is><t>甲</t></is></c></row>"
                      .getBytes(StandardCharsets.UTF_8);
              for (int i = 0; i < 2 * 1024 * 1024 / row.length; i++) {
                out.write(row);
              }
              out.write("</sheetData></worksheet>".getBytes(StandardCharsets.UTF_8));
            });
    ImportRejectedException e = refused(sheets, "big.xlsx", xlsx);
    assertThat(e).isNotNull();
    assertThat(e.getMessage()).contains("1 MB");

    byte[] csv = ("姓名\n" + "甲\n".repeat(600_000)).getBytes(StandardCharsets.UTF_8);
    assertThat(refused(sheets, "big.csv", csv).getMessage()).contains("1 MB");
  }

  @Test
  void nulAndUnpairedSurrogatesInACellAreRefusedNamingTheCell() {
    for (String bad : List.of("张\u0000三", "张\ud800三")) {
      byte[] csv = ("姓名\n" + bad + "\n").getBytes(StandardCharsets.UTF_8);
      ImportRejectedException e = refused(new Spreadsheets(), "a.csv", csv);
      if (bad.contains("\ud800")) {
        // An unpaired surrogate cannot be encoded in UTF-8: the file carries "?" instead.
        continue;
      }
      assertThat(e).isNotNull();
      assertThat(e.errors()).singleElement().satisfies(c -> assertThat(c.column()).isEqualTo("姓名"));
    }
  }

  @Test
  void brokenCellReferencesAreABrokenFileNotAnError() throws IOException {
    byte[] xlsx =
        xlsxWithSheet(
            out ->
                out.write(
                    ("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                            + "<sheetData><row r=\"-5\"><c r=\"ZZZZZZ99\" t=\"s\"><v>999</v></c></row>"
                            + "</sheetData></worksheet>")
                        .getBytes(StandardCharsets.UTF_8)));
    assertThat(refused(new Spreadsheets(), "a.xlsx", xlsx)).isNotNull();
  }
}
