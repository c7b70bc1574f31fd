package org.lvzhi.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.lvzhi.shared.Amount;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * A stored text's arguments that are the system's words, amounts or times are written in the
 * language of whoever reads it, whatever the server's own locale; other arguments stay as given.
 */
class TextTest {

  private static final Text SIGNED =
      Text.of(
          "project.notice.signed.body",
          "茶饮项目",
          Text.when(LocalDateTime.of(2023, 5, 3, 9, 30)),
          Text.amount(Amount.ofWan("900")));

  @AfterEach
  void reset() {
    LocaleContextHolder.resetLocaleContext();
  }

  @Test
  void anEnglishReaderReadsAmountsTimesAndWordsInEnglishOnAChineseServer() {
    Locale server = Locale.getDefault();
    Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
    try {
      LocaleContextHolder.setLocale(Locale.ENGLISH);
      assertThat(SIGNED.render())
          .isEqualTo(
              "The project \"茶饮项目\" that you shepherd or answer for was signed on 3 May 09:30"
                  + " for ¥9.00 million.");
      assertThat(
              Text.of(
                      "notice.rescheduled.body",
                      "x",
                      Text.keys(List.of("province.JS", "province.FJ")))
                  .render())
          .isEqualTo("Now at x, place: Jiangsu, Fujian");
      assertThat(Text.of("project.notice.resumed.title", Text.key("stage.LANDED")).render())
          .isEqualTo("Project resumed: Landed");
    } finally {
      Locale.setDefault(server);
    }
  }

  @Test
  void aChineseReaderReadsTheSameTextInChinese() {
    LocaleContextHolder.setLocale(Locale.SIMPLIFIED_CHINESE);
    assertThat(SIGNED.render()).isEqualTo("您包抓或负责的项目“茶饮项目”已于5月3日 09:30签约，签约金额900.00万元。");
  }
}
