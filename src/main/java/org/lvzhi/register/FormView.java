package org.lvzhi.register;

import java.util.List;

/** A register's create or edit form, with the values given and any problems found. */
public record FormView(
    String type,
    String title,
    Long id,
    Integer version,
    String action,
    String cancelHref,
    List<Input> inputs,
    String formError) {

  /**
   * One input. {@code kind} is text, textarea, number, date, tel, checkbox, select or multiselect.
   */
  public record Input(
      String name,
      String label,
      String kind,
      List<String> values,
      List<ListView.Option> options,
      boolean required,
      boolean readOnly,
      int maxLength,
      String error,
      String help) {

    /** Lists longer than this are searchable pickers (type to filter) rather than plain lists. */
    static final int PICKER_FROM = 15;

    public boolean picker() {
      return options.size() > PICKER_FROM;
    }

    public String value() {
      return values.isEmpty() ? "" : values.get(0);
    }

    public boolean checked() {
      return values.contains("true");
    }
  }

  /** What a picker searches besides an option's label: its pinyin initials, as Tom Select data. */
  public static String initials(String label) {
    return "{\"initials\":\"" + org.lvzhi.shared.Pinyin.initials(label) + "\"}";
  }
}
