package org.lvzhi.register;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.lvzhi.spreadsheet.CellError;
import org.lvzhi.spreadsheet.ImportRejectedException;
import org.lvzhi.spreadsheet.SheetColumn;
import org.lvzhi.spreadsheet.SheetRow;
import org.lvzhi.spreadsheet.Spreadsheets;
import org.lvzhi.system.CurrentUser;
import org.lvzhi.system.InvalidInputException;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Excel export of what a list shows, and all-or-nothing import of a register from .xlsx or .csv.
 * Import headers are the fields' Chinese names, whatever language the clerk reads, because the
 * files come from Chinese offices.
 */
@Component
class RegisterSheets {

  /** What an accepted import did, and the follow-up's table where one was asked for. */
  record Imported(int count, List<String> followUpHeaders, List<List<String>> followUpRows) {}

  private final Registers registers;
  private final Spreadsheets spreadsheets;
  private final References references;
  private final MessageSource messages;

  RegisterSheets(
      Registers registers,
      Spreadsheets spreadsheets,
      References references,
      MessageSource messages) {
    this.registers = registers;
    this.spreadsheets = spreadsheets;
    this.references = references;
    this.messages = messages;
  }

  @Transactional(readOnly = true)
  void export(RecordType type, RecordStore.Query query, OutputStream out) throws IOException {
    List<String> headers = type.fields.stream().map(registers::label).toList();
    Map<Field, Map<Long, String>> labels = new HashMap<>();
    for (Field field : type.fields) {
      if (field.target != null) {
        Map<Long, String> names = new HashMap<>();
        references.choices(field).forEach(c -> names.put(c.id(), c.label()));
        labels.put(field, names);
      }
    }
    try (Stream<RecordStore.Row> rows = registers.stream(type, query)) {
      spreadsheets.writeXlsx(
          out,
          registers.message(type.labelKey),
          headers,
          rows.map(
              row ->
                  type.fields.stream()
                      .map(f -> cell(f, row.values().get(f.name), labels.getOrDefault(f, Map.of())))
                      .toList()));
    }
  }

  private Object cell(Field field, Object value, Map<Long, String> labels) {
    return switch (field.type) {
      case DATE, INTEGER, DECIMAL -> value;
      case AMOUNT ->
          value == null ? null : new org.lvzhi.shared.Amount((java.math.BigDecimal) value).inWan();
      default -> registers.display(field, value, labels);
    };
  }

  byte[] template(RecordType type) {
    CurrentUser.requirePermission(type.permission("import"));
    return spreadsheets.template(chinese(type.labelKey), columns(type), List.of());
  }

  @Transactional
  Imported importFile(RecordType type, String filename, InputStream in, boolean followUp) {
    CurrentUser.requirePermission(type.permission("import"));
    if (!type.importable) {
      throw new org.lvzhi.system.RecordNotFoundException("import", type.name);
    }
    List<SheetRow> rows = spreadsheets.read(filename, in, columns(type));
    List<CellError> errors = new ArrayList<>();
    List<Long> created = new ArrayList<>();
    for (SheetRow row : rows) {
      Map<String, List<String>> input = new HashMap<>();
      type.fields.forEach(f -> input.put(f.name, List.of(row.get(chinese(f.labelKey)))));
      try {
        created.add(registers.create(type, input).id());
      } catch (InvalidInputException e) {
        e.fieldErrors()
            .forEach(
                (field, message) ->
                    errors.add(
                        new CellError(
                            row.rowNumber(),
                            type.field(field).map(f -> registers.message(f.labelKey)).orElse(""),
                            message)));
      } catch (org.lvzhi.system.NotAllowedException e) {
        errors.add(new CellError(row.rowNumber(), "", e.getMessage()));
      }
    }
    if (rows.isEmpty()) {
      errors.add(new CellError(0, "", registers.message("import.empty")));
    }
    if (!errors.isEmpty()) {
      throw new ImportRejectedException(errors);
    }
    if (followUp && type.importFollowUp != null) {
      var step = type.importFollowUp;
      return new Imported(
          created.size(),
          step.headerKeys().stream().map(registers::message).toList(),
          step.run(created));
    }
    return new Imported(created.size(), List.of(), List.of());
  }

  private List<SheetColumn> columns(RecordType type) {
    return type.fields.stream()
        .filter(f -> !f.readOnly)
        .map(f -> new SheetColumn(chinese(f.labelKey), f.required && f.defaultValue == null))
        .toList();
  }

  private String chinese(String key) {
    return messages.getMessage(key, null, key, Locale.SIMPLIFIED_CHINESE);
  }
}
