package org.lvzhi.supervision.web;

import java.util.List;
import java.util.Map;
import org.lvzhi.attachment.Attachment;
import org.lvzhi.rectification.Rectification;
import org.lvzhi.rectification.Rectifications;
import org.lvzhi.supervision.Finding;
import org.lvzhi.supervision.Outcomes;
import org.lvzhi.supervision.SupervisionVisit;

/** A visit's page: the visit, its findings with their items, its outcomes, and what may be done. */
public record VisitView(
    SupervisionVisit visit,
    String squad,
    String plan,
    Map<Long, String> units,
    List<FindingRow> findings,
    List<Outcomes.Linked> outcomes,
    boolean mayRecord,
    Map<Long, String> unitChoices,
    List<String> outcomeRegisters,
    String today,
    String evidenceAccept) {

  /** A finding with its rectification item and evidence. */
  public record FindingRow(
      Finding finding,
      String unit,
      Rectification item,
      boolean overdue,
      Rectifications.Moves moves,
      boolean mayAttach,
      List<Attachment> evidence) {}

  public String path() {
    return SupervisionVisit.path(visit.id());
  }
}
