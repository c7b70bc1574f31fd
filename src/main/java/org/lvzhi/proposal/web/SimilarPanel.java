package org.lvzhi.proposal.web;

import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.util.EnumSet;
import java.util.Map;
import org.lvzhi.proposal.AllowedMoves;
import org.lvzhi.proposal.Proposal;
import org.lvzhi.proposal.ProposalStatus;
import org.lvzhi.proposal.Proposals;
import org.lvzhi.proposal.SimilarProposals;
import org.lvzhi.register.RecordPanel;
import org.lvzhi.system.CsrfField;
import org.lvzhi.system.CurrentUser;
import org.lvzhi.system.LvzhiUser;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * On a proposal's page while the office reviews it (submitted or accepted): the five most similar
 * proposals of all years, each with a button to merge this one into it where the user may merge.
 * {@code ProposalRegister} adds it to the register's panels.
 */
@Component
public class SimilarPanel implements RecordPanel {

  private static final EnumSet<ProposalStatus> UNDER_REVIEW =
      EnumSet.of(ProposalStatus.SUBMITTED, ProposalStatus.ACCEPTED);

  private final Proposals proposals;
  private final SimilarProposals similar;
  private final TemplateEngine templates;
  private final MessageSource messages;

  SimilarPanel(
      Proposals proposals,
      SimilarProposals similar,
      TemplateEngine templates,
      MessageSource messages) {
    this.proposals = proposals;
    this.similar = similar;
    this.templates = templates;
    this.messages = messages;
  }

  @Override
  public String html(long id) {
    LvzhiUser user = CurrentUser.require();
    Proposal p = proposals.get(id);
    if (!UNDER_REVIEW.contains(p.status())) {
      return "";
    }
    SimilarView view =
        view(id, similar.of(id, SimilarProposals.SHOWN), AllowedMoves.of(user, p).merge());
    StringOutput output = new StringOutput();
    templates.render("proposal/similar.jte", Map.of("view", view), output);
    return "<section class=\"card mb-4\" id=\"similar-panel\"><div class=\"card-body\">"
        + output
        + "</div></section>";
  }

  SimilarView view(Long id, java.util.List<SimilarProposals.Similar> lines, boolean merge) {
    CsrfField csrf = CsrfField.current();
    return new SimilarView(
        id,
        lines,
        merge,
        csrf.parameter(),
        csrf.token(),
        key -> messages.getMessage(key, null, key, LocaleContextHolder.getLocale()));
  }
}
