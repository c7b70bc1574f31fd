package org.lvzhi.system;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.lvzhi.shared.Amount;

/**
 * A text to be read later, by someone whose language is not known yet (a notification): a message
 * key and its arguments, already turned into strings so that it can be stored. {@link #render()}
 * makes it in the current reader's language. An argument that is itself words of the system (a
 * stage's name), an amount or a time is stored as such ({@link #key}, {@link #amount}, {@link
 * #when}) and written in the reader's language too; any other argument is data, shown as it is.
 */
public record Text(String key, List<String> args) {

  /** Starts a stored argument that is rendered when read; then a kind letter and ':' follow. */
  private static final char RENDERED = '\u0002';

  private static final DateTimeFormatter MINUTES = DateTimeFormatter.ISO_LOCAL_DATE_TIME;

  public Text {
    Objects.requireNonNull(key, "key");
    args = List.copyOf(args);
  }

  /** The key with its arguments; each argument is kept as it reads ({@code String.valueOf}). */
  public static Text of(String key, Object... args) {
    return new Text(key, Arrays.stream(args).map(a -> a == null ? "" : String.valueOf(a)).toList());
  }

  /** An argument that is the text of a message key, in the reader's language. */
  public static String key(String messageKey) {
    return RENDERED + "k:" + messageKey;
  }

  /** An argument that is the texts of message keys, listed in the reader's language. */
  public static String keys(List<String> messageKeys) {
    return RENDERED + "l:" + String.join(",", messageKeys);
  }

  /** An argument that is an amount, written as the reader reads amounts. */
  public static String amount(Amount amount) {
    return RENDERED + "a:" + amount.plain();
  }

  /** An argument that is a time, written with the reader's {@code common.whenPattern}. */
  public static String when(LocalDateTime time) {
    return RENDERED + "t:" + MINUTES.format(time);
  }

  /** The text in the current reader's language ({@link Texts}). */
  public String render() {
    return Texts.of(key, args.stream().map(Text::rendered).toArray());
  }

  private static String rendered(String arg) {
    if (arg.length() < 3 || arg.charAt(0) != RENDERED || arg.charAt(2) != ':') {
      return arg;
    }
    String value = arg.substring(3);
    return switch (arg.charAt(1)) {
      case 'k' -> Texts.of(value);
      case 'l' ->
          String.join(
              Texts.of("common.listSeparator"),
              Arrays.stream(value.split(",")).map(k -> Texts.of(k)).toList());
      case 'a' -> Amount.parseYuan(value).map(Amount::display).orElse(value);
      case 't' -> Texts.pattern("common.whenPattern").format(LocalDateTime.parse(value, MINUTES));
      default -> value;
    };
  }
}
