package org.lvzhi.supervision.web;

import java.util.List;
import java.util.Map;
import org.lvzhi.supervision.PlanProgress;
import org.lvzhi.supervision.SupervisionVisit;

/** The supervision home: plan progress, my squads, recent visits and open findings. */
public record HomeView(
    int year,
    List<PlanProgress.Progress> plans,
    List<String> mySquads,
    List<SupervisionVisit> recent,
    Map<Long, String> squadNames,
    List<OpenFinding> open,
    boolean mayRecord) {

  /** A finding whose item is not yet verified. */
  public record OpenFinding(
      long visitId, long findingId, String title, String status, String unit) {

    public String href() {
      return SupervisionVisit.path(visitId) + "#finding-" + findingId;
    }
  }
}
