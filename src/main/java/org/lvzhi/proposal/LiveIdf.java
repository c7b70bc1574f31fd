package org.lvzhi.proposal;

import java.util.Map;
import org.apache.lucene.index.FieldInvertState;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.TermStatistics;
import org.apache.lucene.search.similarities.Similarity;
import org.apache.lucene.util.SmallFloat;

/**
 * TF-IDF whose document frequencies are counted over the live proposals only ({@link
 * SimilarityIndex} keeps them), not Lucene's statistics, which still count replaced documents until
 * a merge: two nodes holding the same proposals then score them alike, whatever each one's history
 * of updates. The length norm is a document's own, so it is the same everywhere too.
 */
final class LiveIdf extends Similarity {

  private static final float[] INVERSE_ROOT_LENGTH = new float[256];

  static {
    for (int i = 0; i < 256; i++) {
      INVERSE_ROOT_LENGTH[i] =
          (float) (1 / Math.sqrt(Math.max(1, SmallFloat.byte4ToInt((byte) i))));
    }
  }

  private final Map<String, Map<String, Integer>> frequencies;
  private final int documents;

  LiveIdf(Map<String, Map<String, Integer>> frequencies, int documents) {
    this.frequencies = frequencies;
    this.documents = documents;
  }

  /** ln(1 + (N + 1) / (df + 1)): positive for every term, also one no proposal uses yet. */
  static double idf(int documents, int frequency) {
    return Math.log(1 + (documents + 1.0) / (frequency + 1.0));
  }

  double idf(String field, String term) {
    return idf(documents, frequencies.getOrDefault(field, Map.of()).getOrDefault(term, 0));
  }

  @Override
  public long computeNorm(FieldInvertState state) {
    return SmallFloat.intToByte4(state.getLength());
  }

  @Override
  public SimScorer scorer(float boost, CollectionStatistics collection, TermStatistics... terms) {
    double weight = 0;
    for (TermStatistics term : terms) {
      weight += idf(collection.field(), term.term().utf8ToString());
    }
    float termWeight = (float) (boost * weight);
    return new SimScorer() {
      @Override
      public float score(float freq, long norm) {
        return termWeight * (float) Math.log1p(freq) * INVERSE_ROOT_LENGTH[(int) (norm & 0xFF)];
      }
    };
  }
}
