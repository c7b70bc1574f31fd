package org.lvzhi.proposal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Chinese word segmentation (Lucene smartcn) for similar proposals and the proposal database. Words
 * every proposal uses (建议, 加强, 我县 …) and function characters are dropped, so that two proposals are
 * alike for what they are about, not for how proposals are written. A proposal's subject counts
 * {@link #SUBJECT_WEIGHT} times: it says in a line what the body says at length.
 */
final class ChineseTerms {

  static final int SUBJECT_WEIGHT = 3;

  /** Words every proposal uses (建议, 加强, 我县 …) and function characters, one a line. */
  private static final String COMMON = "/proposal/stop-words.txt";

  private static final CharArraySet STOP_WORDS = stopWords();

  private final Analyzer analyzer = new SmartChineseAnalyzer(STOP_WORDS);

  private static CharArraySet stopWords() {
    CharArraySet set = new CharArraySet(SmartChineseAnalyzer.getDefaultStopSet(), false);
    try (InputStream in = ChineseTerms.class.getResourceAsStream(COMMON)) {
      new String(in.readAllBytes(), StandardCharsets.UTF_8)
          .lines()
          .map(String::strip)
          .filter(line -> !line.isEmpty() && !line.startsWith("#"))
          .forEach(set::add);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return CharArraySet.unmodifiableSet(set);
  }

  Analyzer analyzer() {
    return analyzer;
  }

  /** The text a proposal is compared by: its subject weighted above its body. */
  static String weighted(String subject, String body) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < SUBJECT_WEIGHT; i++) {
      text.append(nullToEmpty(subject)).append('\n');
    }
    return text.append(nullToEmpty(body)).toString();
  }

  /** The words of a text and how often each occurs. */
  Map<String, Integer> count(String text) {
    return count(words(text));
  }

  static Map<String, Integer> count(List<String> words) {
    Map<String, Integer> counts = new HashMap<>();
    words.forEach(word -> counts.merge(word, 1, Integer::sum));
    return counts;
  }

  /** The words of a text in order, segmented once for both the index and its frequencies. */
  List<String> words(String text) {
    List<String> words = new ArrayList<>();
    try (TokenStream tokens = analyzer.tokenStream(SimilarityIndex.TERMS, nullToEmpty(text))) {
      CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
      tokens.reset();
      while (tokens.incrementToken()) {
        words.add(term.toString());
      }
      tokens.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return words;
  }

  /** Words already segmented, as Lucene reads a field. */
  static TokenStream stream(List<String> words) {
    return new TokenStream() {
      private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
      private int next;

      @Override
      public boolean incrementToken() {
        if (next >= words.size()) {
          return false;
        }
        clearAttributes();
        term.setEmpty().append(words.get(next++));
        return true;
      }

      @Override
      public void reset() throws IOException {
        super.reset();
        next = 0;
      }
    };
  }

  private static String nullToEmpty(String text) {
    return text == null ? "" : text;
  }
}
