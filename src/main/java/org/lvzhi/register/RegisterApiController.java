package org.lvzhi.register;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lvzhi.history.HistoryEntry;
import org.lvzhi.shared.PageResult;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The REST API of every register. {@code type} is a record type's name (committees, members,
 * activities, investment-projects …). Records travel as JSON objects of field values (references as
 * ids, choices as codes, dates as ISO strings) with {@code id}, {@code version} and a {@code
 * display} object of the same values as people read them. Hidden from the OpenAPI document: {@link
 * RegisterApiDocs} describes each type under its own paths, with typed schemas.
 */
@RestController
@RequestMapping("/api/v1/{type}")
@Hidden
class RegisterApiController {

  /** A page of records. */
  record RecordPage(List<Map<String, Object>> rows, int page, int size, long total) {}

  /** Messages produced by an action or a creation, to show once. */
  record Messages(List<String> messages) {}

  /** A field as the API describes it. */
  record FieldSchema(
      String name,
      String label,
      String type,
      boolean required,
      List<String> choices,
      String references) {}

  private final Registers registers;

  RegisterApiController(Registers registers) {
    this.registers = registers;
  }

  @GetMapping
  RecordPage list(@PathVariable String type, HttpServletRequest request) {
    RecordType recordType = registers.type(type);
    checkList(registers, recordType, request);
    PageResult<RecordStore.Row> page =
        registers.list(recordType, ListRequest.from(request.getParameterMap()));
    List<Map<String, Object>> rows = json(recordType, page.rows());
    return new RecordPage(rows, page.page(), page.size(), page.total());
  }

  /** Refuses a list or export query the API cannot honour ({@link ListRequest#problems}). */
  static void checkList(Registers registers, RecordType type, HttpServletRequest request) {
    Map<String, String> problems =
        ListRequest.problems(type, request.getParameterMap(), registers::message);
    if (!problems.isEmpty()) {
      throw new org.lvzhi.system.InvalidInputException(problems);
    }
  }

  @GetMapping("/schema")
  List<FieldSchema> schema(@PathVariable String type) {
    RecordType recordType = registers.type(type);
    org.lvzhi.system.CurrentUser.requirePermission(recordType.permission("view"));
    return recordType.fields.stream()
        .map(
            f ->
                new FieldSchema(
                    f.name, registers.label(f), f.type.name(), f.required, f.choices, f.target))
        .toList();
  }

  @GetMapping("/{id}")
  Map<String, Object> get(@PathVariable String type, @PathVariable long id) {
    RecordType recordType = registers.type(type);
    return json(recordType, List.of(registers.get(recordType, id))).get(0);
  }

  @PostMapping
  ResponseEntity<Map<String, Object>> create(
      @PathVariable String type, @RequestBody Map<String, Object> body) {
    RecordType recordType = registers.type(type);
    Registers.Created created = registers.create(recordType, input(recordType, body));
    Map<String, Object> record =
        json(recordType, List.of(registers.get(recordType, created.id()))).get(0);
    record.put("messages", created.notices());
    return ResponseEntity.created(URI.create("/api/v1/" + type + "/" + created.id())).body(record);
  }

  @PutMapping("/{id}")
  Map<String, Object> update(
      @PathVariable String type, @PathVariable long id, @RequestBody Map<String, Object> body) {
    RecordType recordType = registers.type(type);
    Object version = body.get("version");
    if (!(version instanceof Number number)) {
      throw new org.lvzhi.system.InvalidInputException(
          Map.of("version", registers.message("validation.version")));
    }
    Map<String, List<String>> input = input(recordType, body);
    if (!(number instanceof Integer || number instanceof Long)
        || number.longValue() < 0
        || number.longValue() > Integer.MAX_VALUE) {
      throw new org.lvzhi.system.InvalidInputException(
          Map.of("version", registers.message("validation.version")));
    }
    registers.update(recordType, id, number.intValue(), input);
    return json(recordType, List.of(registers.get(recordType, id))).get(0);
  }

  @DeleteMapping("/{id}")
  ResponseEntity<Void> delete(
      @PathVariable String type, @PathVariable long id, @RequestParam int version) {
    registers.delete(registers.type(type), id, version);
    return ResponseEntity.noContent().build();
  }

  @GetMapping("/{id}/history")
  List<HistoryEntry> history(@PathVariable String type, @PathVariable long id) {
    return registers.history(registers.type(type), id);
  }

  @PostMapping("/{id}/actions/{action}")
  Messages act(@PathVariable String type, @PathVariable long id, @PathVariable String action) {
    return new Messages(registers.perform(registers.type(type), id, action));
  }

  private List<Map<String, Object>> json(RecordType type, List<RecordStore.Row> rows) {
    Map<Field, Map<Long, String>> labels =
        registers.referenceLabels(type, rows.stream().map(RecordStore.Row::values).toList());
    List<Map<String, Object>> result = new ArrayList<>();
    for (RecordStore.Row row : rows) {
      Map<String, Object> record = new LinkedHashMap<>();
      record.put("id", row.id());
      record.put("version", row.version());
      Map<String, String> display = new LinkedHashMap<>();
      for (Field field : type.fields) {
        Object value = row.values().get(field.name);
        record.put(field.name, answer(field, value));
        display.put(
            field.name, registers.display(field, value, labels.getOrDefault(field, Map.of())));
      }
      record.put("display", display);
      result.add(record);
    }
    return result;
  }

  /** A value as the API answers it: amounts as exact strings in yuan, dates as ISO strings. */
  private static Object answer(Field field, Object value) {
    if (value instanceof java.math.BigDecimal yuan && field.type == Field.Type.AMOUNT) {
      return new org.lvzhi.shared.Amount(yuan).plain();
    }
    return value instanceof java.time.LocalDate date ? date.toString() : value;
  }

  /**
   * The body as the register's parser reads it. Amounts arrive in yuan as exact strings (the same
   * representation as the answer) and are handed on in 万元, as forms type them; an object, or a list
   * for a single value, is refused rather than turned into text. Properties that are no field (id,
   * version, display of a record read before) are ignored.
   */
  private Map<String, List<String>> input(RecordType type, Map<String, Object> body) {
    Map<String, List<String>> input = new HashMap<>();
    Map<String, String> errors = new LinkedHashMap<>();
    for (Field field : type.fields) {
      if (!body.containsKey(field.name)) {
        continue;
      }
      Object value = body.get(field.name);
      if (value == null) {
        input.put(field.name, List.of());
      } else if (value instanceof Collection<?> many && field.joined()) {
        List<String> texts = new ArrayList<>();
        for (Object one : many) {
          if (one == null || one instanceof Map || one instanceof Collection) {
            errors.put(field.name, registers.message("validation.notText", registers.label(field)));
          } else {
            texts.add(String.valueOf(one));
          }
        }
        input.put(field.name, texts);
      } else if (value instanceof Map || value instanceof Collection) {
        errors.put(field.name, registers.message("validation.notText", registers.label(field)));
      } else if (field.type == Field.Type.AMOUNT) {
        amountInWan(field, value, errors).ifPresent(wan -> input.put(field.name, List.of(wan)));
      } else {
        input.put(field.name, List.of(String.valueOf(value)));
      }
    }
    if (!errors.isEmpty()) {
      throw new org.lvzhi.system.InvalidInputException(errors);
    }
    return input;
  }

  private java.util.Optional<String> amountInWan(
      Field field, Object value, Map<String, String> errors) {
    if (value instanceof String text && text.isBlank()) {
      return java.util.Optional.of("");
    }
    java.util.Optional<org.lvzhi.shared.Amount> amount =
        value instanceof String text
            ? org.lvzhi.shared.Amount.parseYuan(text)
            : java.util.Optional.empty();
    if (amount.isEmpty()) {
      errors.put(
          field.name,
          registers.message(
              "validation.amountYuan", registers.label(field), String.valueOf(value)));
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(amount.get().yuan().movePointLeft(4).toPlainString());
  }
}
