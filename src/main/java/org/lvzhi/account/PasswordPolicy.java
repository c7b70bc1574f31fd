package org.lvzhi.account;

import com.nulabinc.zxcvbn.Zxcvbn;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.passay.DictionaryRule;
import org.passay.EnglishSequenceData;
import org.passay.IllegalSequenceRule;
import org.passay.LengthRule;
import org.passay.PasswordData;
import org.passay.PasswordValidator;
import org.passay.RepeatCharacterRegexRule;
import org.passay.RuleResult;
import org.passay.UsernameRule;
import org.passay.dictionary.ArrayWordList;
import org.passay.dictionary.WordListDictionary;
import org.passay.dictionary.WordLists;
import org.passay.dictionary.sort.ArraysSort;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The password policy: not blank, at least 10 characters, not the username (either way round), not
 * a common password (our list), no run of five equal characters and no five-long sequence ({@code
 * abcde}, {@code 12345}, {@code qwert}), and not easy to guess as zxcvbn rates it: its frequency
 * lists of common passwords, names and words, with their usual variations ({@code Password1!},
 * {@code P@ssw0rd2026}), must give a score of at least {@value #MIN_SCORE} of 4. Answers with the
 * message key of the first rule broken. Earlier passwords are checked by {@link Accounts}, which
 * knows them.
 */
@Component
public class PasswordPolicy {

  public static final int MIN_LENGTH = 10;
  static final int MIN_SCORE = 3;
  private static final int SEQUENCE = 5;
  private final PasswordValidator validator;
  private final Zxcvbn zxcvbn = new Zxcvbn();

  PasswordPolicy() {
    this.validator =
        new PasswordValidator(
            List.of(
                new LengthRule(MIN_LENGTH, 128),
                new UsernameRule(true, true),
                new DictionaryRule(new WordListDictionary(commonPasswords())),
                new RepeatCharacterRegexRule(SEQUENCE),
                new IllegalSequenceRule(EnglishSequenceData.Alphabetical, SEQUENCE, false),
                new IllegalSequenceRule(EnglishSequenceData.Numerical, SEQUENCE, false),
                new IllegalSequenceRule(EnglishSequenceData.USQwerty, SEQUENCE, false)));
  }

  /** The message key of what is wrong with the password, if anything. */
  public Optional<String> problem(String username, String password) {
    if (password == null || password.isEmpty()) {
      return Optional.of("password.tooShort");
    }
    if (password.isBlank()) {
      return Optional.of("password.blank");
    }
    RuleResult result = validator.validate(new PasswordData(username, password));
    if (!result.isValid()) {
      String code = result.getDetails().get(0).getErrorCode();
      return Optional.of(
          switch (code) {
            case "TOO_SHORT" -> "password.tooShort";
            case "TOO_LONG" -> "password.tooLong";
            case "ILLEGAL_USERNAME", "ILLEGAL_USERNAME_REVERSED" -> "password.username";
            case "ILLEGAL_MATCH" -> "password.repetitive";
            case "ILLEGAL_ALPHABETICAL_SEQUENCE",
                "ILLEGAL_NUMERICAL_SEQUENCE",
                "ILLEGAL_QWERTY_SEQUENCE" ->
                "password.sequence";
            default -> "password.common";
          });
    }
    List<String> personal = username == null ? List.of() : List.of(username);
    if (zxcvbn.measure(password, personal).getScore() < MIN_SCORE) {
      return Optional.of("password.weak");
    }
    return Optional.empty();
  }

  private static ArrayWordList commonPasswords() {
    try (var reader =
        new InputStreamReader(
            new ClassPathResource("account/common-passwords.txt").getInputStream(),
            StandardCharsets.UTF_8)) {
      return WordLists.createFromReader(new java.io.Reader[] {reader}, false, new ArraysSort());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
