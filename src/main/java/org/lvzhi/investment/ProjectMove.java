package org.lvzhi.investment;

import java.time.LocalDate;
import org.lvzhi.shared.Amount;

/** A recorded stage move or contract change of a project, as its timeline shows it. */
public record ProjectMove(
    Stage from,
    Stage to,
    LocalDate on,
    String note,
    Amount counted,
    Boolean firstSigning,
    String recordedBy) {

  /**
   * The note in the reader's language where the system wrote it (an increase, recorded in Chinese
   * as history is: ADR 3); a clerk's own note as it was typed.
   */
  public String shownNote() {
    if (note == null || !note.startsWith(ProjectStages.INCREASE_NOTE)) {
      return note;
    }
    return Amount.parseDisplayed(note.substring(ProjectStages.INCREASE_NOTE.length()))
        .map(increase -> org.lvzhi.system.Texts.of("stages.increaseNote", increase.display()))
        .orElse(note);
  }
}
