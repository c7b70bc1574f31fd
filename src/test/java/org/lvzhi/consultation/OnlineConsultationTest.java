package org.lvzhi.consultation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.lvzhi.system.IllegalMoveException;
import org.lvzhi.system.InvalidInputException;

/** An online consultation's moves from every state, and its comment window. */
class OnlineConsultationTest {

  static final LocalDateTime OPENS = LocalDateTime.of(2024, 6, 1, 9, 0);
  static final LocalDateTime CLOSES = LocalDateTime.of(2024, 6, 10, 18, 0);
  static final LocalDateTime DURING = LocalDateTime.of(2024, 6, 5, 10, 0);

  static OnlineConsultation draft() {
    return OnlineConsultation.draft("城区停车难议政", "背景材料", OPENS, CLOSES);
  }

  static OnlineConsultation open() {
    OnlineConsultation c = draft();
    c.open(OPENS.toLocalDate());
    return c;
  }

  static OnlineConsultation closed() {
    OnlineConsultation c = open();
    c.close("综述", CLOSES.toLocalDate());
    return c;
  }

  @Test
  void aDraftNeedsATopicAndAWindowThatClosesAfterItOpens() {
    assertThatThrownBy(() -> OnlineConsultation.draft(" ", null, CLOSES, OPENS))
        .isInstanceOf(InvalidInputException.class)
        .satisfies(
            e ->
                assertThat(((InvalidInputException) e).fieldErrors())
                    .containsKeys("topic", "closesAt"));
    assertThat(draft().status()).isEqualTo(OnlineStatus.DRAFT);
  }

  @Test
  void onlyADraftIsOpened() {
    OnlineConsultation c = open();
    assertThat(c.status()).isEqualTo(OnlineStatus.OPEN);
    assertThat(c.openedOn()).isEqualTo(OPENS.toLocalDate());
    assertThatThrownBy(() -> c.open(OPENS.toLocalDate())).isInstanceOf(IllegalMoveException.class);
    assertThatThrownBy(() -> closed().open(OPENS.toLocalDate()))
        .isInstanceOf(IllegalMoveException.class);
  }

  @Test
  void membersCommentOnlyWhileOpenAndWithinTheWindow() {
    assertThatThrownBy(() -> draft().comment(1, "意见", DURING))
        .isInstanceOf(IllegalMoveException.class);
    OnlineConsultation c = open();
    assertThat(c.comment(1, " 意见 ", DURING).content()).isEqualTo("意见");
    assertThatThrownBy(() -> c.comment(1, "早", OPENS.minusMinutes(1)))
        .isInstanceOf(IllegalMoveException.class);
    assertThatThrownBy(() -> c.comment(1, "晚", CLOSES.plusMinutes(1)))
        .isInstanceOf(IllegalMoveException.class);
    assertThatThrownBy(() -> closed().comment(1, "意见", DURING))
        .isInstanceOf(IllegalMoveException.class);
    assertThatThrownBy(() -> c.comment(1, "x".repeat(2001), DURING))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> c.comment(1, " ", DURING)).isInstanceOf(InvalidInputException.class);
  }

  @Test
  void staffHideACommentOnceGivingAReason() {
    OnlineConsultation c = open();
    OnlineConsultation.Comment comment = c.comment(1, "广告", DURING);
    assertThatThrownBy(() -> c.hide(comment, " ", "staff"))
        .isInstanceOf(InvalidInputException.class);
    OnlineConsultation.Comment hidden = c.hide(comment, "与议题无关", "staff");
    assertThat(hidden.hidden()).isTrue();
    assertThat(hidden.hiddenReason()).isEqualTo("与议题无关");
    assertThat(hidden.content()).as("the text is kept").isEqualTo("广告");
    assertThatThrownBy(() -> c.hide(hidden, "again", "staff"))
        .isInstanceOf(IllegalMoveException.class);
  }

  @Test
  void onlyAnOpenConsultationClosesAndOnlyWithASummary() {
    assertThatThrownBy(
            () -> draft().close("综述", LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"))))
        .isInstanceOf(IllegalMoveException.class);
    OnlineConsultation c = open();
    assertThatThrownBy(() -> c.close(" ", LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"))))
        .isInstanceOf(InvalidInputException.class);
    assertThat(c.status()).isEqualTo(OnlineStatus.OPEN);
    c.close("综述", CLOSES.toLocalDate());
    assertThat(c.status()).isEqualTo(OnlineStatus.CLOSED);
    assertThat(c.summary()).isEqualTo("综述");
    assertThatThrownBy(() -> c.close("again", LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"))))
        .isInstanceOf(IllegalMoveException.class);
  }
}
