package org.lvzhi.proposal.web;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.lvzhi.proposal.AllowedMoves;

/**
 * What the workflow panel on a proposal's page shows: where it stands, who wrote it, its units,
 * reply and rating, its steps and conversation, and the moves the user may make. Public: the
 * template reads it.
 */
public record ProposalView(
    long id,
    String status,
    String statusLabel,
    String numberLabel,
    boolean overdue,
    boolean keyProposal,
    String supervisor,
    String kindLabel,
    String authors,
    List<Signer> cosigners,
    Link mergedInto,
    List<Link> merged,
    String reviewNote,
    String ground,
    String assignedOn,
    String dueOn,
    List<UnitLine> units,
    Reply reply,
    String rebutReason,
    String rating,
    String ratingReason,
    int urged,
    List<Step> steps,
    List<Message> conversation,
    AllowedMoves moves,
    Options options,
    String today,
    String csrfParameter,
    String csrfToken,
    Function<String, String> labels) {

  public record Signer(String name, boolean confirmed, String confirmedOn) {}

  public record Link(long id, String title) {

    public String href() {
      return "/registry/proposals/" + id;
    }
  }

  public record UnitLine(
      long unitId,
      String name,
      boolean lead,
      String state,
      String stateLabel,
      String acknowledgedOn,
      String returnReason,
      String extensionUntil,
      String extensionReason,
      String contact,
      String opinion) {}

  public record Reply(
      String grade, String gradeLabel, String text, String on, boolean onTime, Long letterId) {

    public String letterHref() {
      return letterId == null ? "" : "/attachments/" + letterId;
    }
  }

  public record Step(String when, String actor, String action, List<String> details) {}

  public record Message(String author, String unit, String body, String when) {}

  /** The choices the user's forms offer. */
  public record Options(
      Map<Long, String> sessions,
      Long sessionId,
      Map<String, String> grounds,
      Map<Long, String> units,
      Map<Long, String> leaders,
      String defaultDue,
      List<Code> grades,
      List<Code> manners,
      List<Code> ratings,
      Long myUnitId) {}

  public record Code(String value, String label) {}

  public String t(String key) {
    return labels.apply(key);
  }

  public String base() {
    return "/proposals/" + id;
  }

  public String badge() {
    return switch (status) {
      case "CLOSED" -> "text-bg-success";
      case "REJECTED_AS_SUGGESTION", "WITHDRAWN", "MERGED" -> "text-bg-secondary";
      case "DRAFT", "RETURNED" -> "text-bg-light border";
      case "REPLIED", "AWAITING_FEEDBACK" -> "text-bg-info";
      default -> "text-bg-primary";
    };
  }
}
