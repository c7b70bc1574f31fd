package org.lvzhi.activity;

import java.time.LocalDate;
import org.lvzhi.system.IllegalMoveException;

/**
 * Duty a member reports doing outside organised activities (visiting constituents, a field
 * investigation, a speech). It counts in the duty record once the office confirms it; the office
 * may reject it instead, and either decision is final. Written only by {@link DutyReportStore}.
 */
public record DutyReport(
    Long id,
    long memberId,
    LocalDate occurredOn,
    Kind kind,
    String place,
    String content,
    Status status,
    int version) {

  /** What a member reports doing. */
  public enum Kind {
    VISIT_CONSTITUENTS,
    FIELD_INVESTIGATION,
    SPEECH,
    OTHER
  }

  /** Where a duty report stands. */
  public enum Status {
    SUBMITTED,
    CONFIRMED,
    REJECTED
  }

  /** The office confirms the report: it now counts. */
  public DutyReport confirm() {
    return decided(Status.CONFIRMED);
  }

  /** The office rejects the report. */
  public DutyReport reject() {
    return decided(Status.REJECTED);
  }

  /** A report is edited only while it awaits a decision. */
  public void requireUndecided() {
    if (status != Status.SUBMITTED) {
      throw new IllegalMoveException("dutyReport.alreadyDecided");
    }
  }

  private DutyReport decided(Status to) {
    requireUndecided();
    return new DutyReport(id, memberId, occurredOn, kind, place, content, to, version);
  }
}
