package org.lvzhi.investment;

import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.lvzhi.account.Accounts;
import org.lvzhi.notification.Notifications;
import org.lvzhi.shared.Amount;

/**
 * Who hears of a project's signing, suspension and resumption: its shepherds and its responsible
 * unit.
 */
class ProjectNoticesTest {

  private final ProjectStore store = mock(ProjectStore.class);
  private final Notifications notifications = mock(Notifications.class);
  private final Accounts accounts = mock(Accounts.class);
  private final ProjectNotices notices = new ProjectNotices(store, notifications, accounts);

  private static InvestmentProject project(List<Long> shepherds, Long unit) {
    var facts =
        new InvestmentProject.Facts(
            "茶饮项目",
            "茗韵茶业",
            LocalDate.of(2023, 2, 1),
            Industry.OTHER,
            null,
            null,
            null,
            null,
            null,
            null,
            shepherds,
            unit,
            false,
            false,
            null,
            null,
            null,
            null,
            null);
    return new InvestmentProject(
        7, facts, new ProjectStages(Stage.SIGNED, null, Amount.ofWan("900")), true, 3);
  }

  @Test
  void aSigningTellsTheShepherdsAndTheUnitsAccountsWhatWasSignedAndWhen() {
    when(store.find(7)).thenReturn(Optional.of(project(List.of(11L, 12L), 5L)));
    when(accounts.ofUnit(5)).thenReturn(List.of(50L, 51L));

    notices.on(new ProjectSigned(7, "9000000.00", LocalDate.of(2023, 4, 8), true, true));

    String title = "项目签约：茶饮项目";
    String body = "您包抓或负责的项目“茶饮项目”已于2023-04-08签约，签约金额900.00万元。";
    verify(notifications)
        .notifyMembers(
            eq(List.of(11L, 12L)),
            reads(title),
            reads(body),
            eq("/registry/investment-projects/7"));
    verify(notifications)
        .notifyAccounts(
            eq(List.of(50L, 51L)),
            reads(title),
            reads(body),
            eq("/registry/investment-projects/7"));
  }

  @Test
  void aSuspensionAndAResumptionAreToldWithTheReasonAndTheStage() {
    when(store.find(7)).thenReturn(Optional.of(project(List.of(11L), null)));

    notices.on(new ProjectSuspended(7, Stage.SIGNED, "资金紧张", LocalDate.of(2023, 5, 1)));
    notices.on(new ProjectResumed(7, Stage.SIGNED, LocalDate.of(2023, 6, 1)));

    verify(notifications)
        .notifyMembers(
            eq(List.of(11L)),
            reads("项目暂停：茶饮项目"),
            reads("您包抓或负责的项目“茶饮项目”已于2023-05-01暂停，原因：资金紧张"),
            eq("/registry/investment-projects/7"));
    verify(notifications)
        .notifyMembers(
            eq(List.of(11L)),
            reads("项目恢复推进：茶饮项目"),
            reads("您包抓或负责的项目“茶饮项目”已于2023-06-01恢复推进，回到“已签约”阶段。"),
            eq("/registry/investment-projects/7"));
    verify(accounts, never()).ofUnit(org.mockito.ArgumentMatchers.anyLong());
  }

  @Test
  void anEnglishReaderReadsTheAmountAndTheStageInEnglish() {
    when(store.find(7)).thenReturn(Optional.of(project(List.of(11L), null)));

    notices.on(new ProjectSigned(7, "9000000.00", LocalDate.of(2023, 4, 8), true, true));
    notices.on(new ProjectResumed(7, Stage.SIGNED, LocalDate.of(2023, 6, 1)));

    verify(notifications)
        .notifyMembers(
            eq(List.of(11L)),
            readsInEnglish("Project signed: 茶饮项目"),
            readsInEnglish(
                "The project \"茶饮项目\" that you shepherd or answer for was signed on 2023-04-08"
                    + " for ¥9.00 million."),
            eq("/registry/investment-projects/7"));
    verify(notifications)
        .notifyMembers(
            eq(List.of(11L)),
            readsInEnglish("Project resumed: 茶饮项目"),
            readsInEnglish(
                "The project \"茶饮项目\" that you shepherd or answer for was resumed on 2023-06-01,"
                    + " back at \"Signed\"."),
            eq("/registry/investment-projects/7"));
  }

  @Test
  void aProjectDeletedMeanwhileTellsNobody() {
    when(store.find(7)).thenReturn(Optional.empty());
    notices.on(new ProjectSigned(7, "1.00", LocalDate.of(2023, 4, 8), true, false));
    verifyNoInteractions(notifications, accounts);
  }

  /** A notice text that reads so to a reader who chose English. */
  private static org.lvzhi.system.Text readsInEnglish(String english) {
    return org.mockito.ArgumentMatchers.argThat(
        (org.lvzhi.system.Text text) -> {
          if (text == null) {
            return false;
          }
          org.springframework.context.i18n.LocaleContextHolder.setLocale(java.util.Locale.ENGLISH);
          try {
            return text.render().equals(english);
          } finally {
            org.springframework.context.i18n.LocaleContextHolder.resetLocaleContext();
          }
        });
  }

  /** A notice text that reads so in Chinese. */
  private static org.lvzhi.system.Text reads(String chinese) {
    return org.mockito.ArgumentMatchers.argThat(
        (org.lvzhi.system.Text text) -> text != null && text.render().equals(chinese));
  }
}
