package org.lvzhi.proposal.web;

import java.util.ArrayList;
import java.util.List;
import org.lvzhi.proposal.ProposalDatabase;

/** What the page shows: the search as typed, the choices of its filters, and the results. */
public record DatabaseView(
    ProposalDatabase.Query query,
    List<Integer> years,
    java.util.Map<Long, String> units,
    List<String> grades,
    ProposalDatabase.Page results) {

  /** The link to another page of the same search. */
  public String pageHref(int page) {
    List<String> parts = new ArrayList<>();
    parts.add(
        "q=" + java.net.URLEncoder.encode(query.words(), java.nio.charset.StandardCharsets.UTF_8));
    if (query.year() != null) {
      parts.add("year=" + query.year());
    }
    if (query.unitId() != null) {
      parts.add("unit=" + query.unitId());
    }
    if (query.grade() != null) {
      parts.add("grade=" + query.grade());
    }
    parts.add("page=" + page);
    return "/proposals/database?" + String.join("&", parts);
  }
}
