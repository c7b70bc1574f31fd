package org.lvzhi.system;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The signed-in user's own view through the API: what waits for them. */
@RestController
@Tag(name = "Me", description = "我的待办 — what waits for the signed-in user")
class MeApiController {

  /**
   * One thing waiting, as the home page shows it.
   *
   * @param kind stable name, e.g. {@code activity.leave-to-decide}, {@code rectification.to-verify}
   * @param label what it is, in the reader's language
   * @param count how many
   * @param href the filtered list or record where it is done
   * @param overdue whether it is late already
   */
  record WaitingItem(String kind, String label, long count, String href, boolean overdue) {}

  private final WaitingList waiting;
  private final MessageSource messages;

  MeApiController(WaitingList waiting, MessageSource messages) {
    this.waiting = waiting;
    this.messages = messages;
  }

  @GetMapping("/api/v1/me/waiting")
  @Operation(
      summary =
          "What waits for the signed-in user: leave to decide, problems to answer or verify,"
              + " invitations to answer, overdue items — each with a count and a link")
  List<WaitingItem> waiting() {
    return waiting.mine().stream()
        .map(
            w ->
                new WaitingItem(
                    w.kind(),
                    messages.getMessage(
                        w.labelKey(), null, w.labelKey(), LocaleContextHolder.getLocale()),
                    w.count(),
                    w.href(),
                    w.overdue()))
        .toList();
  }
}
