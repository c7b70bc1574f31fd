package org.lvzhi.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.lvzhi.MessageBundles;

/** Every text people read exists in Chinese and in English. */
class MessageBundlesTest {

  private static final Pattern TEMPLATE_KEY = Pattern.compile("\\bt\\(\"([^\"]+)\"");

  @Test
  void bothLanguagesHaveTheSameKeys() throws IOException {
    for (String basename : MessageBundles.basenames()) {
      Set<String> chinese =
          MessageBundles.load("/" + basename + ".properties").stringPropertyNames();
      Set<String> english =
          MessageBundles.load("/" + basename + "_en.properties").stringPropertyNames();
      assertThat(new TreeSet<>(english))
          .as("keys of %s missing in English or Chinese", basename)
          .isEqualTo(new TreeSet<>(chinese));
    }
  }

  @Test
  void everyKeyATemplateUsesExists() throws IOException {
    Set<String> chinese = MessageBundles.merged("").stringPropertyNames();
    Set<String> used = new TreeSet<>();
    try (Stream<Path> files = Files.walk(Path.of("src/main/jte"))) {
      for (Path file : files.filter(p -> p.toString().endsWith(".jte")).toList()) {
        Matcher matcher = TEMPLATE_KEY.matcher(Files.readString(file));
        while (matcher.find()) {
          // A key ending in "." is a prefix completed at run time (role. + the role's name).
          if (!matcher.group(1).endsWith(".")) {
            used.add(matcher.group(1));
          }
        }
      }
    }
    assertThat(used).isNotEmpty();
    assertThat(chinese).containsAll(used);
  }

  @Test
  void chineseTextIsReallyChinese() throws IOException {
    assertThat(MessageBundles.merged("").getProperty("register.save")).isEqualTo("保存");
    assertThat(MessageBundles.merged("_en").getProperty("register.save")).isEqualTo("Save");
  }
}
