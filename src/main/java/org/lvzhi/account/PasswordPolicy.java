package org.lvzhi.account;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.passay.DictionaryRule;
import org.passay.LengthRule;
import org.passay.PasswordData;
import org.passay.PasswordValidator;
import org.passay.RuleResult;
import org.passay.UsernameRule;
import org.passay.dictionary.ArrayWordList;
import org.passay.dictionary.WordListDictionary;
import org.passay.dictionary.WordLists;
import org.passay.dictionary.sort.ArraysSort;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The password policy: at least 10 characters, not the username (either way round), not a common
 * password. Answers with the message key of the first rule broken.
 */
@Component
public class PasswordPolicy {

  public static final int MIN_LENGTH = 10;
  private final PasswordValidator validator;

  PasswordPolicy() {
    this.validator =
        new PasswordValidator(
            List.of(
                new LengthRule(MIN_LENGTH, 128),
                new UsernameRule(true, true),
                new DictionaryRule(new WordListDictionary(commonPasswords()))));
  }

  /** The message key of what is wrong with the password, if anything. */
  public Optional<String> problem(String username, String password) {
    RuleResult result =
        validator.validate(new PasswordData(username, password == null ? "" : password));
    if (result.isValid()) {
      return Optional.empty();
    }
    String code = result.getDetails().get(0).getErrorCode();
    return Optional.of(
        switch (code) {
          case "TOO_SHORT" -> "password.tooShort";
          case "TOO_LONG" -> "password.tooLong";
          case "ILLEGAL_USERNAME", "ILLEGAL_USERNAME_REVERSED" -> "password.username";
          default -> "password.common";
        });
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
