package org.lvzhi.publicity;

import java.util.ArrayList;
import java.util.List;
import org.lvzhi.organisation.CommitteeCreated;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gives a committee the outlets its articles usually appear in ({@code
 * publicity/standard-outlets.tsv}), so that a clerk picks an outlet and never types its tier: the
 * CPPCC's national paper and site, Shaanxi's papers and site, the city's and county's media centres
 * (named after the regions of the committee and the one above it) and the committee's own site and
 * public account. A new committee gets them in the transaction that adds it; committees that
 * existed before this module get them once at start-up, before the demo. Each committee is set up
 * once ({@code publicity_setup}): an outlet deleted stays deleted.
 */
@Component
@Order(50)
class StandardOutlets implements ApplicationRunner {

  /** An outlet as a committee gets it. */
  record Outlet(String name, PublicityCodes.Tier tier, PublicityCodes.Kind kind) {}

  /** A line of {@code publicity/standard-outlets.tsv}: a name with placeholders, tier, kind. */
  private record Line(String name, String tier, String kind) {}

  private static final List<Line> LINES = read();

  private final JdbcClient jdbc;

  StandardOutlets(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @EventListener
  void on(CommitteeCreated created) {
    setUp(created.committeeId());
  }

  @Override
  @Transactional
  public void run(ApplicationArguments args) {
    jdbc.sql(
            "select c.id from committee c where not exists"
                + " (select 1 from publicity_setup s where s.committee_id = c.id) order by c.id")
        .query(Long.class)
        .list()
        .forEach(this::setUp);
  }

  /** The outlets a committee starts with, given once. */
  void setUp(long committee) {
    boolean done =
        jdbc.sql("select count(*) from publicity_setup where committee_id = :committee")
                .param("committee", committee)
                .query(Long.class)
                .single()
            > 0;
    if (done) {
      return;
    }
    standardFor(committee).forEach(outlet -> add(committee, outlet));
    jdbc.sql("insert into publicity_setup (committee_id) values (:committee)")
        .param("committee", committee)
        .update();
  }

  /** The standard outlets of a committee: the shared ones, and those of its own region. */
  List<Outlet> standardFor(long committee) {
    record Place(String level, String region, String above) {}
    Place place =
        jdbc.sql(
                "select c.level, c.region, p.region from committee c"
                    + " left join committee p on p.id = c.parent_id where c.id = :committee")
            .param("committee", committee)
            .query((rs, n) -> new Place(rs.getString(1), rs.getString(2), rs.getString(3)))
            .single();
    PublicityCodes.Tier own =
        switch (place.level()) {
          case "PROVINCE" -> PublicityCodes.Tier.PROVINCIAL;
          case "CITY" -> PublicityCodes.Tier.CITY;
          default -> PublicityCodes.Tier.COUNTY;
        };
    PublicityCodes.Tier above =
        own.ordinal() == 0 ? null : PublicityCodes.Tier.values()[own.ordinal() - 1];
    List<Outlet> outlets = new ArrayList<>();
    for (Line line : LINES) {
      String name =
          line.name()
              .replace("{region}", present(place.region()) ? place.region().strip() : "{}")
              .replace("{above}", present(place.above()) ? place.above().strip() : "{}");
      PublicityCodes.Tier tier =
          switch (line.tier()) {
            case "OWN" -> own;
            case "ABOVE" -> above;
            default -> PublicityCodes.Tier.valueOf(line.tier());
          };
      if (tier != null && !name.contains("{")) {
        outlets.add(new Outlet(name, tier, PublicityCodes.Kind.valueOf(line.kind())));
      }
    }
    return outlets;
  }

  /** Adds an outlet to a committee unless one of that name is there; answers its id. */
  long add(long committee, Outlet outlet) {
    List<Long> existing =
        jdbc.sql("select id from publicity_outlet where committee_id = :committee and name = :name")
            .param("committee", committee)
            .param("name", outlet.name())
            .query(Long.class)
            .list();
    if (!existing.isEmpty()) {
      return existing.get(0);
    }
    var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
    jdbc.sql(
            "insert into publicity_outlet (committee_id, name, tier, kind)"
                + " values (:committee, :name, :tier, :kind)")
        .param("committee", committee)
        .param("name", outlet.name())
        .param("tier", outlet.tier().name())
        .param("kind", outlet.kind().name())
        .update(keys, "id");
    return keys.getKeyAs(Number.class).longValue();
  }

  private static boolean present(String text) {
    return text != null && !text.isBlank();
  }

  private static List<Line> read() {
    List<Line> lines = new ArrayList<>();
    try (var reader =
        new java.io.BufferedReader(
            new java.io.InputStreamReader(
                new org.springframework.core.io.ClassPathResource("publicity/standard-outlets.tsv")
                    .getInputStream(),
                java.nio.charset.StandardCharsets.UTF_8))) {
      String text;
      while ((text = reader.readLine()) != null) {
        if (!text.isBlank() && !text.startsWith("#")) {
          String[] cells = text.split("\t");
          lines.add(new Line(cells[0], cells[1], cells[2]));
        }
      }
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return List.copyOf(lines);
  }
}
