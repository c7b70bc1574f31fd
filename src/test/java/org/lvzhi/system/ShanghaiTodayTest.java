package org.lvzhi.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A committee's day is Asia/Shanghai's, whatever zone the server runs in: between 16:00 and 24:00
 * UTC a server's own {@code LocalDate.now()} is the day before the committee's. Code asks the clock
 * bean (ClockConfig) instead.
 */
class ShanghaiTodayTest {

  private static final Pattern SERVER_TODAY =
      Pattern.compile("\\b(LocalDate|LocalDateTime|LocalTime|Year|YearMonth)\\.now\\(\\)");

  @Test
  void codeReadsTodayFromTheShanghaiClock() throws IOException {
    List<String> found = new ArrayList<>();
    try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
      for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
        List<String> lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) {
          if (SERVER_TODAY.matcher(lines.get(i)).find()) {
            found.add(file + ":" + (i + 1) + ": " + lines.get(i).strip());
          }
        }
      }
    }
    assertThat(found).as("today in the server's zone: use the Clock bean").isEmpty();
  }
}
