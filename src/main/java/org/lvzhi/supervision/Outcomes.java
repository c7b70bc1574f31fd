package org.lvzhi.supervision;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.lvzhi.history.Change;
import org.lvzhi.history.History;
import org.lvzhi.register.Registers;
import org.lvzhi.supervision.SupervisionCodes.OutcomeKind;
import org.lvzhi.system.CurrentUser;
import org.lvzhi.system.InvalidInputException;
import org.lvzhi.system.LvzhiUser;
import org.lvzhi.system.NotAllowedException;
import org.lvzhi.system.RecordConflictException;
import org.lvzhi.system.RecordNotFoundException;
import org.lvzhi.system.Texts;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Outcomes of supervision (监督成果): a supervision report, a proposal, an opinion report, a
 * consultation's suggestion … that came of a visit, linked to it by register and id and checked
 * with the register engine (the user must see the record), so any register — one added later too —
 * can be linked without code here. Counted by the date the outcome was formed.
 */
@Service
public class Outcomes {

  private static final Pattern REGISTER = Pattern.compile("[a-z][a-z0-9-]{0,59}");
  static final String LINK = "SUPERVISION_OUTCOME";

  /** A linked outcome with the linked record's name as its register gives it. */
  public record Linked(
      long id, String register, long recordId, String title, OutcomeKind kind, LocalDate formedOn) {

    public String href() {
      return "/registry/" + register + "/" + recordId;
    }
  }

  /** What a person gives to link an outcome to a visit. */
  public record Input(String register, Long recordId, String kind, LocalDate formedOn) {}

  private final OutcomeStore store;
  private final Supervision supervision;
  private final Registers registers;
  private final History history;
  private final Clock clock;

  Outcomes(
      OutcomeStore store,
      Supervision supervision,
      Registers registers,
      History history,
      Clock clock) {
    this.store = store;
    this.supervision = supervision;
    this.registers = registers;
    this.history = history;
    this.clock = clock;
  }

  /**
   * Links the record to the visit: 400 for an unknown register, kind or a date in the future, 404
   * where the user may not see the record, 409 where it is linked already.
   */
  @Transactional
  public long link(long visitId, Input input) {
    SupervisionVisit visit = supervision.visit(visitId);
    LvzhiUser user = CurrentUser.requirePermission(SupervisionAccess.RECORD);
    if (!supervision.mayRecordOn(visit) || user.onlyViews()) {
      throw new NotAllowedException("supervision.notOnSquad");
    }
    Problems problems = new Problems();
    String register = input.register() == null ? "" : input.register().strip();
    if (!REGISTER.matcher(register).matches() || register.startsWith("supervision-")) {
      problems.add("register", "supervision.outcome.unknownRegister");
    }
    if (input.recordId() == null) {
      problems.add("recordId", "supervision.required");
    }
    OutcomeKind kind = problems.code("kind", OutcomeKind.class, input.kind());
    LocalDate formedOn = input.formedOn() == null ? LocalDate.now(clock) : input.formedOn();
    problems.pastDate("formedOn", formedOn, LocalDate.now(clock));
    problems.refuseAny();
    String title = titleOf(register, input.recordId());
    if (store.exists(visitId, null, register, input.recordId())) {
      throw new RecordConflictException(Texts.of("supervision.outcome.linkedAlready"));
    }
    long id =
        store.insert(
            new OutcomeStore.Link(0, visitId, null, register, input.recordId(), kind, formedOn));
    history.record(
        VisitStore.TABLE,
        visitId,
        LINK,
        List.of(new Change("supervision.outcome.record", null, title)));
    return id;
  }

  /** The visit's outcomes, with the names of those the user may see. */
  @Transactional(readOnly = true)
  public List<Linked> of(long visitId) {
    supervision.visit(visitId);
    Map<String, Map<Long, String>> titles = new HashMap<>();
    return store.ofVisit(visitId).stream()
        .map(
            l ->
                new Linked(
                    l.id(),
                    l.register(),
                    l.recordId(),
                    titles
                        .computeIfAbsent(l.register(), r -> namesIn(r, visitId))
                        .getOrDefault(l.recordId(), "#" + l.recordId()),
                    l.kind(),
                    l.formedOn()))
        .toList();
  }

  private Map<Long, String> namesIn(String register, long visitId) {
    List<Long> ids =
        store.ofVisit(visitId).stream()
            .filter(l -> l.register().equals(register))
            .map(OutcomeStore.Link::recordId)
            .toList();
    try {
      return registers.titles(register, ids);
    } catch (RecordNotFoundException
        | org.springframework.security.access.AccessDeniedException e) {
      return Map.of();
    }
  }

  /** The record's name; 400 for an unknown register, 403 / 404 where the user may not see it. */
  private String titleOf(String register, long recordId) {
    Map<Long, String> titles;
    try {
      titles = registers.titles(register, List.of(recordId));
    } catch (RecordNotFoundException e) {
      throw new InvalidInputException(
          Map.of("register", Texts.of("supervision.outcome.unknownRegister")));
    }
    registers.requireVisible(register, recordId);
    String title = titles.get(recordId);
    return title == null ? "#" + recordId : title;
  }
}
