package org.lvzhi.register;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code lvzhi.choices.aliases.<choice list>.<CODE>=variant,variant}: the other ways real rosters
 * write a choice, accepted wherever people type or import one (中国共产党党员, 中共党员 and 党员 for CPC; 九三 for
 * 九三学社社员; 男性 for 男). The defaults are in application.properties; a deployment adds its own.
 */
@ConfigurationProperties("lvzhi.choices")
record ChoiceAliases(Map<String, Map<String, List<String>>> aliases) {

  ChoiceAliases {
    aliases = aliases == null ? Map.of() : aliases;
  }

  /** The code of list {@code choiceList} that {@code text} is a variant of, among {@code codes}. */
  Optional<String> codeOf(String choiceList, List<String> codes, String text) {
    Map<String, List<String>> byCode = aliases.getOrDefault(choiceList, Map.of());
    return codes.stream()
        .filter(
            code ->
                byCode.entrySet().stream()
                    .filter(e -> e.getKey().toUpperCase(Locale.ROOT).equals(code))
                    .anyMatch(e -> e.getValue().stream().anyMatch(v -> v.trim().equals(text))))
        .findFirst();
  }
}
