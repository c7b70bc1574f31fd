package org.lvzhi.system;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A text to be read later, by someone whose language is not known yet (a notification): a message
 * key and its arguments, already turned into strings so that it can be stored. {@link #render()}
 * makes it in the current reader's language.
 */
public record Text(String key, List<String> args) {

  public Text {
    Objects.requireNonNull(key, "key");
    args = List.copyOf(args);
  }

  /** The key with its arguments; each argument is kept as it reads ({@code String.valueOf}). */
  public static Text of(String key, Object... args) {
    return new Text(key, Arrays.stream(args).map(a -> a == null ? "" : String.valueOf(a)).toList());
  }

  /** The text in the current reader's language ({@link Texts}). */
  public String render() {
    return Texts.of(key, args.toArray());
  }
}
