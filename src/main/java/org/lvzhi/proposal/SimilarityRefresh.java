package org.lvzhi.proposal;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Brings the similarity index of the moved proposal's committee up to date after the move
 * committed, so that the next lookup on this node finds little to read. Lookups check the database
 * themselves (ADR 10); this listener only saves them the work.
 */
@Component
class SimilarityRefresh {

  private final SimilarityIndex index;
  private final ProposalTexts texts;

  SimilarityRefresh(SimilarityIndex index, ProposalTexts texts) {
    this.index = index;
    this.texts = texts;
  }

  @ApplicationModuleListener
  void on(ProposalMoved moved) {
    texts.committeeOf(moved.proposalId()).ifPresent(index::refresh);
  }
}
