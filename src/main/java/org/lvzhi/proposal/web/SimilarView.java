package org.lvzhi.proposal.web;

import java.util.List;
import java.util.function.Function;
import org.lvzhi.proposal.SimilarProposals;

/**
 * The five proposals most alike to one being written or reviewed, as {@code proposal/similar.jte}
 * shows them; with a "merge into this one" button on each where the user may merge {@code
 * proposalId}. Public: the template reads it.
 */
public record SimilarView(
    Long proposalId,
    List<SimilarProposals.Similar> lines,
    boolean merge,
    String csrfParameter,
    String csrfToken,
    Function<String, String> labels) {

  public String t(String key) {
    return labels.apply(key);
  }

  public String status(SimilarProposals.Similar line) {
    return t("proposalStatus." + line.status().name());
  }

  /** The score as a percentage, e.g. {@code 83%}. */
  public String percent(SimilarProposals.Similar line) {
    return Math.round(line.score() * 100) + "%";
  }

  public String number(SimilarProposals.Similar line) {
    String session = line.session() == null ? "" : line.session();
    return line.number() == null
        ? session
        : session + " " + t("search.numberPrefix") + line.number();
  }
}
