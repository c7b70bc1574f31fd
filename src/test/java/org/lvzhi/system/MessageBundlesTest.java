package org.lvzhi.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every text people read exists in Chinese and in English. */
class MessageBundlesTest {

  private static final Pattern TEMPLATE_KEY = Pattern.compile("\\bt\\(\"([^\"]+)\"");

  static Properties bundle(String name) throws IOException {
    Properties properties = new Properties();
    try (var in = MessageBundlesTest.class.getResourceAsStream("/" + name)) {
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return properties;
  }

  @Test
  void bothLanguagesHaveTheSameKeys() throws IOException {
    Set<String> chinese = bundle("messages.properties").stringPropertyNames();
    Set<String> english = bundle("messages_en.properties").stringPropertyNames();
    assertThat(new TreeSet<>(english)).as("keys missing in English or Chinese")
        .isEqualTo(new TreeSet<>(chinese));
  }

  @Test
  void everyKeyATemplateUsesExists() throws IOException {
    Set<String> chinese = bundle("messages.properties").stringPropertyNames();
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
    Properties chinese = bundle("messages.properties");
    assertThat(chinese.getProperty("register.save")).isEqualTo("保存");
    assertThat(bundle("messages_en.properties").getProperty("register.save")).isEqualTo("Save");
  }
}
