package org.lvzhi.activity;

import java.util.List;
import org.lvzhi.spreadsheet.CellError;

/** The attendance import page after an attempt: the problems, or how many records were imported. */
public record AttendanceImportView(List<CellError> errors, Integer imported) {}
