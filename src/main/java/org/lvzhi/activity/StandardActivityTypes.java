package org.lvzhi.activity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.lvzhi.organisation.CommitteeCreated;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Gives a new committee the standard activity types ({@code activity/standard-types.tsv}), in the
 * transaction that adds the committee: activity types are per committee (ADR 7), and a committee
 * without them could record no activity.
 */
@Component
class StandardActivityTypes {

  private record Type(String name, String category, int sortOrder) {}

  private final JdbcClient jdbc;
  private final List<Type> types;

  StandardActivityTypes(JdbcClient jdbc) {
    this.jdbc = jdbc;
    this.types = read();
  }

  @EventListener
  void on(CommitteeCreated created) {
    for (Type type : types) {
      jdbc.sql(
              "insert into activity_type (name, category, sort_order, committee_id)"
                  + " values (:name, :category, :sort, :committee)")
          .param("name", type.name())
          .param("category", ActivityCodes.Category.valueOf(type.category()).name())
          .param("sort", type.sortOrder())
          .param("committee", created.committeeId())
          .update();
    }
  }

  private static List<Type> read() {
    List<Type> types = new ArrayList<>();
    try (var reader =
        new BufferedReader(
            new InputStreamReader(
                new ClassPathResource("activity/standard-types.tsv").getInputStream(),
                StandardCharsets.UTF_8))) {
      String line;
      while ((line = reader.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cells = line.split("\t");
        types.add(new Type(cells[0], cells[1], Integer.parseInt(cells[2])));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return List.copyOf(types);
  }
}
