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
    String recordedBy) {}
