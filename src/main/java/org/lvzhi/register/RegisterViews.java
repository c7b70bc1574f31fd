package org.lvzhi.register;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.lvzhi.history.HistoryEntry;
import org.lvzhi.shared.PageResult;
import org.lvzhi.system.CurrentUser;
import org.lvzhi.system.LvzhiUser;
import org.springframework.stereotype.Component;

/** Builds what the register templates show, in the user's language. */
@Component
class RegisterViews {

  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  private final Registers registers;
  private final FieldValues values;
  private final References references;

  RegisterViews(Registers registers, FieldValues values, References references) {
    this.registers = registers;
    this.values = values;
    this.references = references;
  }

  ListView list(RecordType type, RecordStore.Query query, PageResult<RecordStore.Row> page) {
    LvzhiUser user = CurrentUser.require();
    String base = "/registry/" + type.name;
    List<Field> listed = type.fields.stream().filter(f -> f.listed).toList();
    Map<Field, Map<Long, String>> labels =
        registers.referenceLabels(type, page.rows().stream().map(RecordStore.Row::values).toList());
    List<ListView.Column> columns = listed.stream().map(f -> column(base, query, f)).toList();
    PageResult<ListView.Line> lines =
        page.map(
            row ->
                new ListView.Line(
                    row.id(),
                    base + "/" + row.id(),
                    listed.stream()
                        .map(
                            f ->
                                shown(
                                    f, row.values().get(f.name), labels.getOrDefault(f, Map.of())))
                        .toList()));
    List<ListView.Filter> filters =
        type.fields.stream().filter(f -> f.filterable).map(f -> filter(f, query)).toList();
    return new ListView(
        type.name,
        values.message(type.labelKey),
        columns,
        lines.rows(),
        filters,
        query.q(),
        lines,
        type.creatable && user.can(type.permission("edit")),
        user.can(type.permission("export")),
        type.importable && user.can(type.permission("import")),
        ListRequest.exportHref(base + "/export.xlsx", query),
        pageLinks(base, query, page));
  }

  /**
   * A value under its label. Every amount's label states 万元 (the unit it is typed in; {@code
   * RecordTypeMessagesTest} holds every register to it), so an amount shows the number of 万元 only:
   * "10,000.00", never "1.00亿元" under "总投资（万元）".
   */
  private String shown(Field field, Object value, Map<Long, String> referenceLabels) {
    if (field.type == Field.Type.AMOUNT && value != null) {
      return new org.lvzhi.shared.Amount((java.math.BigDecimal) value).wanFigure();
    }
    return values.display(field, value, referenceLabels);
  }

  private ListView.Column column(String base, RecordStore.Query query, Field field) {
    if (!field.sortable || !field.stored()) {
      return new ListView.Column(values.label(field), null, "");
    }
    boolean current = field.name.equals(query.sort());
    boolean nextDescending = current && !query.descending();
    String href =
        ListRequest.href(
            base,
            query,
            Map.of("sort", field.name, "dir", nextDescending ? "desc" : "asc", "page", 1));
    return new ListView.Column(
        values.label(field), href, current ? (query.descending() ? "▼" : "▲") : "");
  }

  private ListView.Filter filter(Field field, RecordStore.Query query) {
    if (field.type == Field.Type.DATE || field.type == Field.Type.DATETIME) {
      String from = query.filters().getOrDefault(field.name + ".from", "");
      String to = query.filters().getOrDefault(field.name + ".to", "");
      return new ListView.Filter(
          "f_" + field.name,
          values.label(field),
          List.of(
              new ListView.Option(from, "", !from.isEmpty()),
              new ListView.Option(to, "", !to.isEmpty())),
          "range");
    }
    String selected = query.filters().getOrDefault(field.name, "");
    List<ListView.Option> options = new ArrayList<>();
    options.add(
        new ListView.Option(
            "", values.message("register.filter.all", values.label(field)), selected.isEmpty()));
    options.addAll(options(field, List.of(selected)));
    return new ListView.Filter("f_" + field.name, values.label(field), options, "select");
  }

  private List<ListView.Option> options(Field field, List<String> selected) {
    return switch (field.type) {
      case BOOLEAN ->
          List.of(
              new ListView.Option("true", values.message("common.yes"), selected.contains("true")),
              new ListView.Option(
                  "false", values.message("common.no"), selected.contains("false")));
      case CHOICE, CHOICES ->
          field.choices.stream()
              .map(
                  c ->
                      new ListView.Option(
                          c,
                          values.choiceLabel(
                              field,
                              c,
                              org.springframework.context.i18n.LocaleContextHolder.getLocale()),
                          selected.contains(c)))
              .toList();
      case REFERENCE, REFERENCES ->
          references.choices(field).stream()
              .map(
                  c ->
                      new ListView.Option(
                          String.valueOf(c.id()),
                          c.label(),
                          selected.contains(String.valueOf(c.id()))))
              .toList();
      default -> List.of();
    };
  }

  private List<ListView.PageLink> pageLinks(
      String base, RecordStore.Query query, PageResult<?> page) {
    List<ListView.PageLink> links = new ArrayList<>();
    int from = Math.max(1, page.page() - 3);
    int to = Math.min(page.pages(), page.page() + 3);
    if (from > 1) {
      links.add(new ListView.PageLink("«", ListRequest.href(base, query, Map.of("page", 1))));
    }
    if (page.hasPrevious()) {
      links.add(
          new ListView.PageLink(
              "‹", ListRequest.href(base, query, Map.of("page", page.page() - 1))));
    }
    for (int n = from; n <= to; n++) {
      links.add(
          new ListView.PageLink(
              String.valueOf(n),
              n == page.page() ? null : ListRequest.href(base, query, Map.of("page", n))));
    }
    if (page.hasNext()) {
      links.add(
          new ListView.PageLink(
              "›", ListRequest.href(base, query, Map.of("page", page.page() + 1))));
    }
    if (to < page.pages()) {
      links.add(
          new ListView.PageLink(
              "» " + page.pages(), ListRequest.href(base, query, Map.of("page", page.pages()))));
    }
    return links;
  }

  /** A form filled from input as given (after a refused attempt) or from a stored record. */
  FormView form(
      RecordType type,
      Long id,
      Integer version,
      Map<String, List<String>> input,
      Map<String, String> errors) {
    String base = "/registry/" + type.name;
    List<FormView.Input> inputs = new ArrayList<>();
    for (Field field : type.fields) {
      if (field.readOnly) {
        continue;
      }
      List<String> given = input.getOrDefault(field.name, List.of());
      if (id == null && given.isEmpty() && field.defaultValue != null) {
        given = List.of(field.defaultValue.toString());
      }
      List<ListView.Option> options = options(field, given);
      if (id == null && given.isEmpty() && field.defaultFirstChoice && !options.isEmpty()) {
        given = List.of(options.get(0).value());
        options = options(field, given);
      }
      if (field.type == Field.Type.REFERENCE && !field.required) {
        options = new ArrayList<>(options);
        options.add(0, new ListView.Option("", values.message("register.none"), given.isEmpty()));
      }
      inputs.add(
          new FormView.Input(
              field.name,
              values.label(field),
              kind(field),
              given,
              options,
              field.required,
              id != null && field.fixedAfterCreate,
              field.maxLength,
              errors.get(field.name),
              field.helpKey == null ? null : values.message(field.helpKey)));
    }
    String title =
        values.message(
            id == null ? "register.new" : "register.edit", values.message(type.labelKey));
    return new FormView(
        type.name,
        title,
        id,
        version,
        id == null ? base : base + "/" + id,
        id == null ? base : base + "/" + id,
        inputs,
        errors.get(""));
  }

  FormView form(RecordType type, RecordStore.Row row) {
    Map<String, List<String>> input = new HashMap<>();
    type.fields.forEach(f -> input.put(f.name, FieldValues.raw(f, row.values().get(f.name))));
    return form(type, row.id(), row.version(), input, Map.of());
  }

  String saved() {
    return values.message("register.saved");
  }

  String deleted() {
    return values.message("register.deleted");
  }

  private static String kind(Field field) {
    return switch (field.type) {
      case TEXTAREA -> "textarea";
      case INTEGER -> "number";
      case DECIMAL, AMOUNT -> "decimal";
      case DATE -> "date";
      case DATETIME -> "datetime-local";
      case PHONE -> "tel";
      case BOOLEAN -> "checkbox";
      case CHOICE, REFERENCE -> "select";
      case REFERENCES, CHOICES -> "multiselect";
      default -> "text";
    };
  }

  ShowView show(RecordType type, RecordStore.Row row, List<HistoryEntry> history) {
    LvzhiUser user = CurrentUser.require();
    Map<String, String> shown = registers.displayed(type, row.values());
    List<ShowView.Item> items =
        type.fields.stream()
            .map(
                f ->
                    new ShowView.Item(
                        values.label(f),
                        f.type == Field.Type.AMOUNT
                            ? shown(f, row.values().get(f.name), Map.of())
                            : shown.get(f.labelKey)))
            .toList();
    List<ShowView.Action> actions =
        type.actions.stream()
            .filter(a -> user.can(a.permission()))
            .map(
                a ->
                    new ShowView.Action(
                        a.name(),
                        values.message(a.labelKey()),
                        a.confirmKey() == null ? null : values.message(a.confirmKey())))
            .toList();
    List<ShowView.Event> events = history.stream().map(e -> event(type, e)).toList();
    return new ShowView(
        type.name,
        values.message(type.labelKey),
        row.id(),
        row.version(),
        shown.get(type.titleField().labelKey),
        items,
        user.can(type.permission("edit")),
        type.deletable && user.can(type.permission("delete")),
        actions,
        type.panels.stream().map(panel -> panel.html(row.id())).toList(),
        events);
  }

  /** An entry of history, its values in the reader's language ({@link FieldValues#fromHistory}). */
  private ShowView.Event event(RecordType type, HistoryEntry entry) {
    List<ShowView.Change> changes =
        entry.changes().stream()
            .map(
                c -> {
                  Field field =
                      type.fields.stream()
                          .filter(f -> f.labelKey.equals(c.field()))
                          .findFirst()
                          .orElse(null);
                  return new ShowView.Change(
                      values.message(c.field()),
                      c.before() == null ? "" : values.fromHistory(field, c.before()),
                      c.after() == null ? "" : values.fromHistory(field, c.after()));
                })
            .toList();
    return new ShowView.Event(
        WHEN.format(entry.occurredAt().atZoneSameInstant(SHANGHAI)),
        entry.actorName(),
        values.message("history.action." + entry.action()),
        changes);
  }
}
