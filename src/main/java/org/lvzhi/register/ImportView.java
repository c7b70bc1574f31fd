package org.lvzhi.register;

import java.util.List;
import org.lvzhi.spreadsheet.CellError;

/** The import page: the form, and after an attempt either the problems or what was imported. */
public record ImportView(
    String type,
    String title,
    String followUpLabel,
    List<CellError> errors,
    Integer imported,
    List<String> followUpHeaders,
    List<List<String>> followUpRows) {}
