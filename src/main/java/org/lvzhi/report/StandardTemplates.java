package org.lvzhi.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.lvzhi.organisation.CommitteeCreated;
import org.lvzhi.organisation.Committees;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Gives each committee the standard templates ({@code report/standard-templates.txt}) once: a new
 * one in the transaction that adds it, the ones that existed before this module at start-up (before
 * the demo data, which generates a report from them). A committee given them is marked, so one that
 * deletes them all is not given them again.
 */
@Component
@Order(20)
class StandardTemplates implements ApplicationRunner {

  /** A section of the standard templates: its heading and sentences. */
  record Section(String heading, List<String> sentences) {}

  static final List<Section> SECTIONS = read();

  private final TemplateStore store;
  private final Committees committees;
  private final TransactionTemplate transactions;

  StandardTemplates(TemplateStore store, Committees committees, TransactionTemplate transactions) {
    this.store = store;
    this.committees = committees;
    this.transactions = transactions;
  }

  @EventListener
  void on(CommitteeCreated created) {
    give(created.committeeId());
  }

  @Override
  public void run(ApplicationArguments arguments) {
    Set<Long> given = new HashSet<>(store.setUp());
    for (Committees.Node committee : committees.all()) {
      if (!given.contains(committee.id())) {
        transactions.executeWithoutResult(status -> give(committee.id()));
      }
    }
  }

  private void give(long committee) {
    if (!store.markSetUp(committee)) {
      return;
    }
    int position = 0;
    for (Section section : SECTIONS) {
      long id = store.insertSection(committee, ++position, section.heading());
      int line = 0;
      for (String sentence : section.sentences()) {
        store.insertLine(committee, id, ++line, sentence);
      }
    }
  }

  private static List<Section> read() {
    String text;
    try (var in = new ClassPathResource("report/standard-templates.txt").getInputStream()) {
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<Section> sections = new ArrayList<>();
    for (String line : text.lines().toList()) {
      if (line.startsWith("##")) {
        sections.add(new Section(line.substring(2).strip(), new ArrayList<>()));
      } else if (!line.isBlank() && !line.startsWith("#")) {
        sections.get(sections.size() - 1).sentences().add(line.strip());
      }
    }
    return sections.stream()
        .map(s -> new Section(s.heading(), List.copyOf(s.sentences())))
        .toList();
  }
}
