package org.lvzhi.report;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.lvzhi.system.IllegalMoveException;
import org.lvzhi.system.InvalidInputException;
import org.lvzhi.system.Texts;

/**
 * A generated report and where it stands (ADR 14): generated as version 1, saved as further
 * versions while a draft, settled as final (no more versions) and reopened. Each move checks the
 * status first (409), then its input (400, every field named), and returns the report as it left.
 */
public record Report(
    long id,
    long committeeId,
    String title,
    LocalDate from,
    LocalDate to,
    ReportStatus status,
    int latest,
    int version) {

  public static final int TITLE_LENGTH = 200;
  public static final int NOTE_LENGTH = 200;

  /** A new report whose first version is the generated text. */
  static Report generate(long committeeId, ReportText text, LocalDate from, LocalDate to) {
    check(text, null);
    return new Report(0, committeeId, text.title().strip(), from, to, ReportStatus.DRAFT, 1, 0);
  }

  /** Saves the edited text as the next version; only a draft takes one. */
  Report save(ReportText text, String note) {
    if (status != ReportStatus.DRAFT) {
      throw new IllegalMoveException("report.move.finalNotEditable");
    }
    check(text, note);
    return new Report(id, committeeId, text.title().strip(), from, to, status, latest + 1, version);
  }

  /** Settles the report: its latest version is the one sent out. */
  Report finalise() {
    if (status != ReportStatus.DRAFT) {
      throw new IllegalMoveException("report.move.alreadyFinal");
    }
    return new Report(id, committeeId, title, from, to, ReportStatus.FINAL, latest, version);
  }

  /** Opens a final report for editing again. */
  Report reopen() {
    if (status != ReportStatus.FINAL) {
      throw new IllegalMoveException("report.move.notFinal");
    }
    return new Report(id, committeeId, title, from, to, ReportStatus.DRAFT, latest, version);
  }

  /** Refuses a text without a title or body, or longer than the columns hold, naming each field. */
  static void check(ReportText text, String note) {
    Map<String, String> errors = new LinkedHashMap<>();
    if (text.title() == null || text.title().isBlank()) {
      errors.put("title", Texts.of("report.error.titleRequired"));
    } else if (text.title().strip().length() > TITLE_LENGTH) {
      errors.put("title", Texts.of("report.error.tooLong", TITLE_LENGTH));
    }
    if (text.blocks().stream().allMatch(b -> b.text() == null || b.text().isBlank())) {
      errors.put("blocks", Texts.of("report.error.empty"));
    } else if (text.blocks().size() > ReportText.MOST_BLOCKS) {
      errors.put("blocks", Texts.of("report.error.tooManyBlocks", ReportText.MOST_BLOCKS));
    }
    for (int i = 0; i < text.blocks().size(); i++) {
      String block = text.blocks().get(i).text();
      if (block != null && block.strip().length() > ReportText.BLOCK_LENGTH) {
        errors.put("blocks[" + i + "]", Texts.of("report.error.tooLong", ReportText.BLOCK_LENGTH));
      }
    }
    if (note != null && note.strip().length() > NOTE_LENGTH) {
      errors.put("note", Texts.of("report.error.tooLong", NOTE_LENGTH));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
  }
}
