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
 * Gives a committee the outlets its articles usually appear in, so that a clerk picks an outlet and
 * never types its tier: the CPPCC's national paper and site, Shaanxi's papers and site, the city's
 * and county's media centres (named after the regions of the committee and the one above it) and
 * the committee's own site and public account. A new committee gets them in the transaction that
 * adds it; committees that existed before this module get them once at start-up, before the demo.
 * Each committee is set up once ({@code publicity_setup}): an outlet deleted stays deleted.
 */
@Component
@Order(50)
class StandardOutlets implements ApplicationRunner {

  /** An outlet every committee starts with. */
  record Outlet(String name, PublicityCodes.Tier tier, PublicityCodes.Kind kind) {}

  private static final List<Outlet> EVERY_COMMITTEE =
      List.of(
          new Outlet("人民政协报", PublicityCodes.Tier.CENTRAL, PublicityCodes.Kind.NEWSPAPER),
          new Outlet("人民政协网", PublicityCodes.Tier.CENTRAL, PublicityCodes.Kind.WEBSITE),
          new Outlet("陕西日报", PublicityCodes.Tier.PROVINCIAL, PublicityCodes.Kind.NEWSPAPER),
          new Outlet("各界导报", PublicityCodes.Tier.PROVINCIAL, PublicityCodes.Kind.NEWSPAPER),
          new Outlet("各界新闻网", PublicityCodes.Tier.PROVINCIAL, PublicityCodes.Kind.WEBSITE));

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
    record Place(String level, String region, String parentRegion) {}
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
    List<Outlet> outlets = new ArrayList<>(EVERY_COMMITTEE);
    if (own == PublicityCodes.Tier.COUNTY && present(place.parentRegion())) {
      outlets.add(
          new Outlet(
              place.parentRegion().strip() + "融媒体中心",
              PublicityCodes.Tier.CITY,
              PublicityCodes.Kind.BROADCAST));
    }
    if (own != PublicityCodes.Tier.PROVINCIAL && present(place.region())) {
      outlets.add(new Outlet(place.region().strip() + "融媒体中心", own, PublicityCodes.Kind.BROADCAST));
    }
    outlets.add(new Outlet("本会门户网站", own, PublicityCodes.Kind.WEBSITE));
    outlets.add(new Outlet("本会微信公众号", own, PublicityCodes.Kind.NEW_MEDIA));
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
}
