package org.lvzhi.proposal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Fields;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;

/**
 * One committee's proposals in a Lucene index in memory, with the document frequencies of the live
 * proposals and the version each was indexed at. Not thread-safe: {@link SimilarityIndex} holds its
 * lock around every use.
 */
final class CommitteeIndex {

  /** Candidates a lookup draws by TF-IDF before it ranks them by cosine. */
  static final int POOL = 50;

  /** Words of a lookup that count: the rarest ones, at most this many (Lucene's limit is 1024). */
  static final int QUERY_TERMS = 48;

  private static final FieldType WITH_VECTORS = vectorField();

  private final ChineseTerms terms;
  private final IndexWriter writer;
  private DirectoryReader reader;
  private final Map<Long, Integer> versions = new HashMap<>();
  private final Map<String, Map<String, Integer>> frequencies = new HashMap<>();
  private ProposalTexts.Fingerprint built;

  CommitteeIndex(ChineseTerms terms) {
    this.terms = terms;
    frequencies.put(SimilarityIndex.TERMS, new HashMap<>());
    frequencies.put(SimilarityIndex.REPLY, new HashMap<>());
    try {
      IndexWriterConfig config = new IndexWriterConfig(terms.analyzer());
      config.setSimilarity(similarity());
      writer = new IndexWriter(new ByteBuffersDirectory(), config);
      reader = DirectoryReader.open(writer);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static FieldType vectorField() {
    FieldType type = new FieldType();
    type.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
    type.setTokenized(true);
    type.setStoreTermVectors(true);
    type.freeze();
    return type;
  }

  private LiveIdf similarity() {
    return new LiveIdf(frequencies, versions.size());
  }

  /** Reads again what changed in the database since the index was built. */
  void sync(ProposalTexts texts, long committeeId) {
    ProposalTexts.Fingerprint now = texts.fingerprint(committeeId);
    if (now.equals(built)) {
      return;
    }
    Map<Long, Integer> current = texts.versions(committeeId);
    List<Long> stale = new ArrayList<>();
    versions.forEach(
        (id, version) -> {
          if (!version.equals(current.get(id))) {
            stale.add(id);
          }
        });
    List<Long> changed =
        current.entrySet().stream()
            .filter(e -> !e.getValue().equals(versions.get(e.getKey())))
            .map(Map.Entry::getKey)
            .sorted()
            .toList();
    try {
      forget(stale);
      for (ProposalTexts.Text text : texts.texts(changed)) {
        add(text);
      }
      DirectoryReader newer = DirectoryReader.openIfChanged(reader, writer);
      if (newer != null) {
        reader.close();
        reader = newer;
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    built = now;
  }

  private void forget(List<Long> ids) throws IOException {
    IndexSearcher searcher = new IndexSearcher(reader);
    for (long id : ids) {
      TopDocs found = searcher.search(new TermQuery(idTerm(id)), 1);
      for (ScoreDoc doc : found.scoreDocs) {
        Fields vectors = reader.termVectors().get(doc.doc);
        count(vectors, SimilarityIndex.TERMS, -1);
        count(vectors, SimilarityIndex.REPLY, -1);
      }
      writer.deleteDocuments(idTerm(id));
      versions.remove(id);
    }
  }

  private void add(ProposalTexts.Text text) throws IOException {
    List<String> words = terms.words(ChineseTerms.weighted(text.subject(), text.body()));
    List<String> reply = terms.words(text.reply());
    Document doc = new Document();
    doc.add(new StringField(SimilarityIndex.ID, String.valueOf(text.id()), Field.Store.YES));
    doc.add(new Field(SimilarityIndex.TERMS, ChineseTerms.stream(words), WITH_VECTORS));
    doc.add(new Field(SimilarityIndex.REPLY, ChineseTerms.stream(reply), WITH_VECTORS));
    writer.updateDocument(idTerm(text.id()), doc);
    distinct(ChineseTerms.count(words), SimilarityIndex.TERMS);
    distinct(ChineseTerms.count(reply), SimilarityIndex.REPLY);
    versions.put(text.id(), text.version());
  }

  private void distinct(Map<String, Integer> words, String field) {
    Map<String, Integer> df = frequencies.get(field);
    words.keySet().forEach(word -> df.merge(word, 1, Integer::sum));
  }

  private void count(Fields vectors, String field, int delta) throws IOException {
    Terms vector = vectors == null ? null : vectors.terms(field);
    if (vector == null) {
      return;
    }
    Map<String, Integer> df = frequencies.get(field);
    TermsEnum each = vector.iterator();
    for (BytesRef term = each.next(); term != null; term = each.next()) {
      df.computeIfPresent(term.utf8ToString(), (word, n) -> n + delta <= 0 ? null : n + delta);
    }
  }

  List<SimilarityIndex.Hit> similar(Map<String, Integer> query, Long excludeId, int n) {
    LiveIdf idf = similarity();
    Map<String, Double> tfParts = new HashMap<>();
    Map<String, Double> weights = new HashMap<>();
    query.forEach(
        (word, tf) -> {
          tfParts.put(word, Math.log1p(tf));
          weights.put(word, Math.log1p(tf) * idf.idf(SimilarityIndex.TERMS, word));
        });
    double queryNorm = norm(weights.values());
    if (queryNorm == 0 || versions.isEmpty()) {
      return List.of();
    }
    try {
      IndexSearcher searcher = searcher(idf);
      TopDocs pool = searcher.search(query(tfParts, SimilarityIndex.TERMS, 1, idf), POOL + 1);
      List<SimilarityIndex.Hit> hits = new ArrayList<>();
      for (ScoreDoc doc : pool.scoreDocs) {
        long id = id(searcher, doc.doc);
        if (excludeId == null || id != excludeId) {
          hits.add(new SimilarityIndex.Hit(id, cosine(doc.doc, weights, queryNorm, idf)));
        }
      }
      return hits.stream().sorted(SimilarityIndex.Hit.BEST_FIRST).limit(n).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  List<SimilarityIndex.Hit> matching(Map<String, Integer> query, int limit) {
    LiveIdf idf = similarity();
    Map<String, Double> weights = new HashMap<>();
    query.keySet().forEach(word -> weights.put(word, 1.0));
    if (weights.isEmpty() || versions.isEmpty()) {
      return List.of();
    }
    try {
      IndexSearcher searcher = searcher(idf);
      BooleanQuery.Builder both = new BooleanQuery.Builder();
      both.add(query(weights, SimilarityIndex.TERMS, 1, idf), BooleanClause.Occur.SHOULD);
      both.add(query(weights, SimilarityIndex.REPLY, 0.5f, idf), BooleanClause.Occur.SHOULD);
      TopDocs found = searcher.search(both.build(), limit);
      List<SimilarityIndex.Hit> hits = new ArrayList<>();
      for (ScoreDoc doc : found.scoreDocs) {
        hits.add(new SimilarityIndex.Hit(id(searcher, doc.doc), doc.score));
      }
      return hits.stream().sorted(SimilarityIndex.Hit.BEST_FIRST).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private IndexSearcher searcher(LiveIdf idf) {
    IndexSearcher searcher = new IndexSearcher(reader);
    searcher.setSimilarity(idf);
    return searcher;
  }

  /**
   * Any of the words, the rarest first (at most {@link #QUERY_TERMS}); each boosted by its tf part,
   * as {@link LiveIdf} multiplies by the idf.
   */
  private static BooleanQuery query(
      Map<String, Double> tfParts, String field, float boost, LiveIdf idf) {
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    Comparator<Map.Entry<String, Double>> rarest =
        Comparator.comparingDouble(
            (Map.Entry<String, Double> e) -> -e.getValue() * idf.idf(field, e.getKey()));
    tfParts.entrySet().stream()
        .sorted(rarest.thenComparing(Map.Entry.comparingByKey()))
        .limit(QUERY_TERMS)
        .forEach(
            e ->
                any.add(
                    new BoostQuery(
                        new TermQuery(new Term(field, e.getKey())), (float) (boost * e.getValue())),
                    BooleanClause.Occur.SHOULD));
    return any.build();
  }

  private double cosine(int doc, Map<String, Double> query, double queryNorm, LiveIdf idf)
      throws IOException {
    Fields vectors = reader.termVectors().get(doc);
    Terms vector = vectors == null ? null : vectors.terms(SimilarityIndex.TERMS);
    if (vector == null) {
      return 0;
    }
    double dot = 0;
    double squares = 0;
    TermsEnum each = vector.iterator();
    for (BytesRef term = each.next(); term != null; term = each.next()) {
      String word = term.utf8ToString();
      double weight = Math.log1p(each.totalTermFreq()) * idf.idf(SimilarityIndex.TERMS, word);
      squares += weight * weight;
      dot += weight * query.getOrDefault(word, 0.0);
    }
    return squares == 0 ? 0 : Math.min(1, dot / (queryNorm * Math.sqrt(squares)));
  }

  private static double norm(Iterable<Double> weights) {
    double squares = 0;
    for (double w : weights) {
      squares += w * w;
    }
    return Math.sqrt(squares);
  }

  private static long id(IndexSearcher searcher, int doc) throws IOException {
    return Long.parseLong(searcher.storedFields().document(doc).get(SimilarityIndex.ID));
  }

  private static Term idTerm(long id) {
    return new Term(SimilarityIndex.ID, String.valueOf(id));
  }
}
