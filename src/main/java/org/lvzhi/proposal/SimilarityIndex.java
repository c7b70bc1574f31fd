package org.lvzhi.proposal;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * The in-memory Lucene indexes of the committees' proposals, derived only from the database (ADR
 * 8): before each lookup a committee's {@link ProposalTexts.Fingerprint} is compared with the one
 * its index was built from, and what changed is read again, so a proposal saved on another node is
 * found by this node's next lookup. {@link SimilarityRefresh} brings the index up to date after a
 * move on this node, so that lookups seldom have to.
 */
@Component
class SimilarityIndex {

  static final String ID = "id";
  static final String TERMS = "terms";
  static final String REPLY = "reply";

  /** A found proposal and how alike it is (0–1) or how well it matches (database search). */
  record Hit(long id, double score) {

    static final Comparator<Hit> BEST_FIRST =
        Comparator.comparingDouble(Hit::score).reversed().thenComparingLong(Hit::id);
  }

  private final ProposalTexts texts;
  private final ChineseTerms terms = new ChineseTerms();
  private final Map<Long, CommitteeIndex> committees = new ConcurrentHashMap<>();

  SimilarityIndex(ProposalTexts texts) {
    this.texts = texts;
  }

  /** Brings the committee's index up to the database. */
  void refresh(long committeeId) {
    CommitteeIndex index = committee(committeeId);
    synchronized (index) {
      index.sync(texts, committeeId);
    }
  }

  /** The {@code n} proposals most alike to a subject and body, best first, ties by id. */
  List<Hit> similar(long committeeId, String subject, String body, Long excludeId, int n) {
    Map<String, Integer> query = terms.count(ChineseTerms.weighted(subject, body));
    return search(committeeId, index -> index.similar(query, excludeId, n));
  }

  /** The {@code n} proposals most alike to a text, best first, ties by id. */
  List<Hit> similar(long committeeId, String text, Long excludeId, int n) {
    Map<String, Integer> query = terms.count(text);
    return search(committeeId, index -> index.similar(query, excludeId, n));
  }

  /** Up to {@code limit} proposals whose text or reply has the words of {@code query}, ranked. */
  List<Hit> matching(long committeeId, String query, int limit) {
    Map<String, Integer> words = terms.count(query);
    return search(committeeId, index -> index.matching(words, limit));
  }

  private List<Hit> search(
      long committeeId, java.util.function.Function<CommitteeIndex, List<Hit>> how) {
    CommitteeIndex index = committee(committeeId);
    synchronized (index) {
      index.sync(texts, committeeId);
      return how.apply(index);
    }
  }

  private CommitteeIndex committee(long committeeId) {
    return committees.computeIfAbsent(committeeId, id -> new CommitteeIndex(terms));
  }
}
