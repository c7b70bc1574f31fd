package org.lvzhi.attachment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FileNamesTest {

  @Test
  void keepsOnlyTheLastPartOfAPath() {
    assertThat(FileNames.clean("../../etc/passwd.pdf")).isEqualTo("passwd.pdf");
    assertThat(FileNames.clean("C:\\Users\\王芳\\Desktop\\调研报告.docx")).isEqualTo("调研报告.docx");
    assertThat(FileNames.clean("..\\..\\boot.ini")).isEqualTo("boot.ini");
  }

  @Test
  void dropsControlAndDirectionCharactersAndLeadingDots() {
    assertThat(FileNames.clean("invoice\u202Efdp.exe")).isEqualTo("invoicefdp.exe");
    assertThat(FileNames.clean("a\r\nb\u0000c.pdf")).isEqualTo("abc.pdf");
    assertThat(FileNames.clean("\"quoted\" <name>?.pdf")).isEqualTo("quoted name.pdf");
    assertThat(FileNames.clean(".hidden.pdf")).isEqualTo("hidden.pdf");
    assertThat(FileNames.clean("  会议 纪要.pdf  ")).isEqualTo("会议 纪要.pdf");
  }

  @Test
  void namesWhatHasNoNameLeft() {
    assertThat(FileNames.clean(null)).isEqualTo(FileNames.UNNAMED);
    assertThat(FileNames.clean("")).isEqualTo(FileNames.UNNAMED);
    assertThat(FileNames.clean("../..")).isEqualTo(FileNames.UNNAMED);
    assertThat(FileNames.clean("dir/")).isEqualTo(FileNames.UNNAMED);
  }

  @Test
  void shortensLongNamesKeepingTheExtension() {
    String cleaned = FileNames.clean("长".repeat(300) + ".xlsx");
    assertThat(cleaned).hasSize(FileNames.MAX_LENGTH).endsWith("长.xlsx");
  }

  @Test
  void showsSizesInKilobytesAndMegabytes() {
    assertThat(FileNames.size(0)).isEqualTo("0.1 KB");
    assertThat(FileNames.size(100)).isEqualTo("0.1 KB");
    assertThat(FileNames.size(1024)).isEqualTo("1 KB");
    assertThat(FileNames.size(1536)).isEqualTo("1.5 KB");
    assertThat(FileNames.size(1024 * 1024 - 1)).isEqualTo("1024 KB");
    assertThat(FileNames.size(1024 * 1024)).isEqualTo("1 MB");
    assertThat(FileNames.size(20L * 1024 * 1024)).isEqualTo("20 MB");
    assertThat(FileNames.size(2_500_000)).isEqualTo("2.4 MB");
  }
}
