package org.lvzhi.proposal;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.lvzhi.organisation.Sessions;
import org.lvzhi.system.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The proposals most alike to one being written or reviewed, of all years, within the working
 * committee, by Chinese words (smartcn) weighted by TF-IDF and compared by cosine: 1 is the same
 * text, a near duplicate scores about 0.6 or more, an unrelated proposal 0.2 or less. Drafts are
 * never found. The same text over the same proposals always gives the same list (ties by id).
 */
@Service
@Transactional(readOnly = true)
public class SimilarProposals {

  /** How many a page shows. */
  public static final int SHOWN = 5;

  /** A similar proposal: its number and session (or year) once accepted, and how alike (0–1). */
  public record Similar(
      long id,
      Integer number,
      String session,
      String subject,
      ProposalStatus status,
      double score) {}

  private final SimilarityIndex index;
  private final ProposalTexts texts;
  private final Proposals proposals;
  private final Sessions sessions;

  SimilarProposals(
      SimilarityIndex index, ProposalTexts texts, Proposals proposals, Sessions sessions) {
    this.index = index;
    this.texts = texts;
    this.proposals = proposals;
    this.sessions = sessions;
  }

  /** The {@code n} most alike to a text (subject and body together), but {@code excludeId}. */
  public List<Similar> top(String text, Long excludeId, int n) {
    return committee()
        .map(c -> described(c, index.similar(c, text, excludeId, n * WIDER), n))
        .orElse(List.of());
  }

  /** The {@code n} most alike to a subject and body being written, the subject weighted higher. */
  public List<Similar> top(String subject, String body, Long excludeId, int n) {
    return committee()
        .map(c -> described(c, index.similar(c, subject, body, excludeId, n * WIDER), n))
        .orElse(List.of());
  }

  /** The {@code n} most alike to a proposal the user may see (404 otherwise), but itself. */
  public List<Similar> of(long proposalId, int n) {
    Proposal p = proposals.get(proposalId);
    ProposalText t = p.text();
    String body = String.join("\n", nonNull(t.situation(), t.analysis(), t.suggestions()));
    return top(t.subject(), body, proposalId, n);
  }

  private java.util.Optional<Long> committee() {
    CurrentUser.requirePermission(Proposals.VIEW);
    return CurrentUser.committeeId();
  }

  /**
   * Someone who does not see the whole committee (a member, a unit's clerk) is shown only what the
   * proposal database shows everyone: accepted proposals. The index is asked for more than {@code
   * n} so that the list stays full after that.
   */
  private static final int WIDER = 4;

  private List<Similar> described(long committeeId, List<SimilarityIndex.Hit> hits, int n) {
    Map<Long, ProposalTexts.Summary> found =
        texts.summaries(committeeId, hits.stream().map(SimilarityIndex.Hit::id).toList());
    Map<Long, String> sessionNames = sessions.all();
    boolean wholeCommittee =
        CurrentUser.get()
            .map(user -> user.scope() instanceof org.lvzhi.system.DataScope.Everything)
            .orElse(false);
    return hits.stream()
        .filter(hit -> found.containsKey(hit.id()))
        .filter(
            hit ->
                wholeCommittee
                    || found.get(hit.id()).status().accepted()
                        && found.get(hit.id()).status() != ProposalStatus.MERGED)
        .limit(n)
        .map(
            hit -> {
              ProposalTexts.Summary s = found.get(hit.id());
              return new Similar(
                  s.id(),
                  s.number(),
                  s.sessionId() == null ? "" : sessionNames.getOrDefault(s.sessionId(), ""),
                  s.subject(),
                  s.status(),
                  Math.round(hit.score() * 1000) / 1000.0);
            })
        .toList();
  }

  private static List<String> nonNull(String... parts) {
    return java.util.Arrays.stream(parts).filter(Objects::nonNull).toList();
  }
}
