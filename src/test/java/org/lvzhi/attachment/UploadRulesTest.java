package org.lvzhi.attachment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lvzhi.system.InvalidInputException;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.util.unit.DataSize;

/** Type and size checks: the type comes from the bytes, the name may only refine it. */
class UploadRulesTest {

  private static final List<String> DEFAULT_TYPES =
      List.of(
          "application/pdf",
          "image/png",
          "image/jpeg",
          "image/gif",
          "image/webp",
          "application/msword",
          "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
          "application/vnd.ms-excel",
          "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

  private final UploadRules rules = rules(DataSize.ofKilobytes(64), DEFAULT_TYPES);

  static UploadRules rules(DataSize maxSize, List<String> types) {
    var messages = new ResourceBundleMessageSource();
    messages.setBasename("i18n/attachment");
    messages.setDefaultEncoding("UTF-8");
    messages.setFallbackToSystemLocale(false);
    return new UploadRules(new AttachmentProperties(maxSize, types), messages);
  }

  @BeforeEach
  void chinese() {
    LocaleContextHolder.setLocale(Locale.SIMPLIFIED_CHINESE);
  }

  @AfterEach
  void reset() {
    LocaleContextHolder.resetLocaleContext();
  }

  @Test
  void acceptsEachAllowedKindByItsContent() {
    assertThat(rules.sniff(Samples.pdf(), "会议纪要.pdf")).isEqualTo("application/pdf");
    assertThat(rules.sniff(Samples.png(), "photo.png")).isEqualTo("image/png");
    assertThat(rules.sniff(Samples.jpeg(), "photo.jpg")).isEqualTo("image/jpeg");
    assertThat(rules.sniff(Samples.gif(), "a.gif")).isEqualTo("image/gif");
    assertThat(rules.sniff(Samples.webp(), "a.webp")).isEqualTo("image/webp");
    assertThat(rules.sniff(Samples.docx(), "提案.docx"))
        .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    assertThat(rules.sniff(Samples.xlsx(), "台账.xlsx"))
        .isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    assertThat(rules.sniff(Samples.xls(), "台账.xls")).isEqualTo("application/vnd.ms-excel");
  }

  @Test
  void theContentDecidesNotTheName() {
    assertThat(rules.sniff(Samples.png(), "scan.pdf")).isEqualTo("image/png");
    assertThat(rules.sniff(Samples.pdf(), "noextension")).isEqualTo("application/pdf");
  }

  @Test
  void refusesAnExecutableNamedPdf() {
    assertThatThrownBy(() -> rules.sniff(Samples.exe(), "报告.pdf"))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> {
              assertThat(e.fieldErrors()).containsOnlyKeys("file");
              assertThat(e.fieldErrors().get("file"))
                  .contains("报告.pdf", "application/x-msdownload", "不允许上传", "PDF");
            });
  }

  @Test
  void refusesContentWithoutARecognisedSignatureWhateverItsName() {
    byte[] noise = new byte[4096];
    new Random(7).nextBytes(noise);
    noise[0] = 0x01;
    assertThatThrownBy(() -> rules.sniff(noise, "合同.pdf"))
        .isInstanceOf(InvalidInputException.class)
        .satisfies(
            e ->
                assertThat(((InvalidInputException) e).fieldErrors().get("file"))
                    .contains("无法识别", "合同.pdf"));
    assertThatThrownBy(() -> rules.sniff(Samples.zip(), "伪装.docx"))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(
            () ->
                rules.sniff(
                    "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8),
                    "page.pdf"))
        .isInstanceOf(InvalidInputException.class);
  }

  @Test
  void refusesTypesLeftOutOfTheConfiguredList() {
    UploadRules pdfOnly = rules(DataSize.ofMegabytes(1), List.of("application/pdf"));
    assertThat(pdfOnly.sniff(Samples.pdf(), "a.pdf")).isEqualTo("application/pdf");
    assertThatThrownBy(() -> pdfOnly.sniff(Samples.png(), "a.png"))
        .isInstanceOf(InvalidInputException.class)
        .satisfies(
            e ->
                assertThat(((InvalidInputException) e).fieldErrors().get("file"))
                    .contains("image/png", "PDF"));
  }

  @Test
  void refusesEmptyFilesAndFilesOverTheLimit() {
    rules.checkSize("a.pdf", 1);
    rules.checkSize("a.pdf", 64 * 1024);
    assertThatThrownBy(() -> rules.checkSize("a.pdf", 0))
        .isInstanceOf(InvalidInputException.class)
        .satisfies(
            e -> assertThat(((InvalidInputException) e).fieldErrors().get("file")).contains("空文件"));
    assertThatThrownBy(() -> rules.checkSize("大文件.pdf", 64 * 1024 + 1))
        .isInstanceOf(InvalidInputException.class)
        .satisfies(
            e ->
                assertThat(((InvalidInputException) e).fieldErrors().get("file"))
                    .contains("大文件.pdf", "64 KB"));
  }

  @Test
  void speaksEnglishToEnglishUsers() {
    LocaleContextHolder.setLocale(Locale.ENGLISH);
    assertThatThrownBy(() -> rules.checkSize("big.pdf", 1 << 20))
        .isInstanceOf(InvalidInputException.class)
        .satisfies(
            e ->
                assertThat(((InvalidInputException) e).fieldErrors().get("file"))
                    .contains("larger than the 64 KB"));
  }

  @Test
  void describesWhatMayBeUploaded() {
    assertThat(rules.allowedNames()).isEqualTo("PDF、PNG、JPG、GIF、WEBP、DOC、DOCX、XLS、XLSX");
    assertThat(rules.accept())
        .contains(".pdf", ".png", ".jpg", ".jpeg", ".docx", ".xlsx", ".xls", ".doc", ".webp")
        .doesNotContain(" ");
    assertThat(rules.help()).contains("PDF", "64 KB");
  }
}
