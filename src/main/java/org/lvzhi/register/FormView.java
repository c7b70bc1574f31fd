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
      String error) {

    public String value() {
      return values.isEmpty() ? "" : values.get(0);
    }

    public boolean checked() {
      return values.contains("true");
    }
  }
}
