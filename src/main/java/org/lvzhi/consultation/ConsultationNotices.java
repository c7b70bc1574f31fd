package org.lvzhi.consultation;

import java.util.List;
import org.lvzhi.account.Accounts;
import org.lvzhi.notification.Notifications;
import org.lvzhi.organisation.Members;
import org.lvzhi.system.SystemActor;
import org.lvzhi.system.Text;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells whoever must act next, after the move committed (ADR 6): the department's clerks when a
 * suggestion is sent to it; the member who made it when the department answered; the committee's
 * serving members when an online consultation opens. Runs in its own transaction without a
 * signed-in user; notices are written in Chinese, as history is.
 */
@Component
class ConsultationNotices {

  private final SuggestionStore suggestions;
  private final OnlineConsultationStore online;
  private final Accounts accounts;
  private final Members members;
  private final Notifications notifications;
  private final SystemActor system;

  ConsultationNotices(
      SuggestionStore suggestions,
      OnlineConsultationStore online,
      Accounts accounts,
      Members members,
      Notifications notifications,
      SystemActor system) {
    this.suggestions = suggestions;
    this.online = online;
    this.accounts = accounts;
    this.members = members;
    this.notifications = notifications;
    this.system = system;
  }

  @ApplicationModuleListener
  void on(SuggestionSent event) {
    suggestions
        .find(event.suggestionId(), SuggestionStore.Visible.EVERYTHING)
        .ifPresent(
            s ->
                notifications.notifyAccounts(
                    accounts.ofUnit(event.unitId()),
                    Text.of("consultation.notice.sent.title", s.source().label()),
                    Text.of("consultation.notice.sent.body", excerpt(s.content())),
                    Suggestions.path(s.id())));
  }

  @ApplicationModuleListener
  void on(SuggestionAnswered event) {
    suggestions
        .find(event.suggestionId(), SuggestionStore.Visible.EVERYTHING)
        .filter(s -> s.author().memberId() != null)
        .ifPresent(
            s ->
                notifications.notifyMembers(
                    List.of(s.author().memberId()),
                    Text.of("consultation.notice.answered.title", s.source().label()),
                    Text.of("consultation.notice.answered.body." + s.status().name()),
                    Suggestions.path(s.id())));
  }

  @ApplicationModuleListener
  void on(OnlineOpened event) {
    online
        .find(event.consultationId(), "1 = 1")
        .ifPresent(
            c -> {
              List<Long> serving =
                  system.callIn(
                      event.committeeId(), () -> members.serving(new Members.Group.Everyone()));
              notifications.notifyMembers(
                  serving,
                  Text.of("consultation.notice.opened.title", c.topic()),
                  Text.of("consultation.notice.opened.body", String.valueOf(c.closesAt())),
                  OnlineConsultations.path(c.id()));
            });
  }

  private static String excerpt(String text) {
    return text.length() > 60 ? text.substring(0, 60) + "…" : text;
  }
}
