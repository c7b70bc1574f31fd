package org.lvzhi.proposal.web;

import java.util.List;
import org.lvzhi.proposal.SimilarProposals;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The drafting form asks, as the author types, which proposals of all years are most like theirs
 * (htmx): the subject and body typed so far, answered with the list fragment.
 */
@Controller
class SimilarPages {

  /** Below this many characters typed there is nothing to compare yet. */
  static final int AT_LEAST = 4;

  private final SimilarProposals similar;
  private final SimilarPanel panel;

  SimilarPages(SimilarProposals similar, SimilarPanel panel) {
    this.similar = similar;
    this.panel = panel;
  }

  @PostMapping("/proposals/similar")
  String typed(
      @RequestParam(defaultValue = "") String subject,
      @RequestParam(defaultValue = "") String situation,
      @RequestParam(defaultValue = "") String analysis,
      @RequestParam(defaultValue = "") String suggestions,
      @RequestParam(required = false) Long excludeId,
      Model model) {
    String body = String.join("\n", situation, analysis, suggestions);
    List<SimilarProposals.Similar> lines =
        (subject + body).strip().length() < AT_LEAST
            ? List.of()
            : similar.top(subject, body, excludeId, SimilarProposals.SHOWN);
    model.addAttribute("view", panel.view(excludeId, lines, false));
    return "proposal/similar";
  }
}
