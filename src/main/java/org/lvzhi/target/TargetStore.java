package org.lvzhi.target;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.lvzhi.system.RecordConflictException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The one writer of {@code campaign}, {@code campaign_theme} and {@code annual_target}: every
 * change names the version it read, and a stale version is refused (409). Reads are limited to the
 * committee given, always bound.
 */
@Repository
class TargetStore {

  private static final String TARGET_COLUMNS =
      "t.id, t.version, t.campaign_id, t.theme_id, th.name, t.indicator, t.metric_name,"
          + " t.metric_filters, t.unit, t.target_value, t.lead_member_id, t.special_committee_id,"
          + " t.deadline, t.manual, t.manual_value, t.manual_note, t.manual_on, t.sort_order";

  private final JdbcClient jdbc;

  TargetStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Optional<Campaign> campaign(long committee, int year) {
    return jdbc.sql(
            "select id, campaign_year, name, version from campaign where committee_id = :c"
                + " and campaign_year = :y")
        .param("c", committee)
        .param("y", year)
        .query(
            (rs, n) ->
                new Campaign(
                    rs.getLong(1),
                    rs.getInt(2),
                    rs.getString(3),
                    rs.getInt(4),
                    themes(rs.getLong(1))))
        .optional();
  }

  Optional<Campaign> campaignById(long committee, long id) {
    return jdbc.sql("select campaign_year from campaign where committee_id = :c and id = :id")
        .param("c", committee)
        .param("id", id)
        .query(Integer.class)
        .optional()
        .flatMap(year -> campaign(committee, year));
  }

  /** The years the committee has a campaign for, latest first. */
  List<Integer> years(long committee) {
    return jdbc.sql(
            "select campaign_year from campaign where committee_id = :c order by campaign_year desc")
        .param("c", committee)
        .query(Integer.class)
        .list();
  }

  /** Every committee with a campaign for the year: whose snapshots to take. */
  List<Long> committeesWithCampaign(int year) {
    return jdbc.sql(
            "select committee_id from campaign where campaign_year = :y order by committee_id")
        .param("y", year)
        .query(Long.class)
        .list();
  }

  private List<Campaign.Theme> themes(long campaign) {
    return jdbc.sql(
            "select id, name, sort_order, version from campaign_theme where campaign_id = :c"
                + " order by sort_order, id")
        .param("c", campaign)
        .query(
            (rs, n) ->
                new Campaign.Theme(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getInt(4)))
        .list();
  }

  long insertCampaign(long committee, int year, String name) {
    GeneratedKeyHolder key = new GeneratedKeyHolder();
    jdbc.sql("insert into campaign (committee_id, campaign_year, name) values (:c, :y, :n)")
        .param("c", committee)
        .param("y", year)
        .param("n", name)
        .update(key, "id");
    return key.getKey().longValue();
  }

  void renameCampaign(long committee, long id, int version, String name) {
    checked(
        jdbc.sql(
                "update campaign set name = :n, version = version + 1 where id = :id"
                    + " and committee_id = :c and version = :v")
            .param("n", name)
            .param("id", id)
            .param("c", committee)
            .param("v", version)
            .update());
  }

  long insertTheme(long committee, long campaign, String name, int sortOrder) {
    GeneratedKeyHolder key = new GeneratedKeyHolder();
    jdbc.sql(
            "insert into campaign_theme (committee_id, campaign_id, name, sort_order)"
                + " values (:c, :campaign, :n, :o)")
        .param("c", committee)
        .param("campaign", campaign)
        .param("n", name)
        .param("o", sortOrder)
        .update(key, "id");
    return key.getKey().longValue();
  }

  void updateTheme(long committee, long id, int version, String name, int sortOrder) {
    checked(
        jdbc.sql(
                "update campaign_theme set name = :n, sort_order = :o, version = version + 1"
                    + " where id = :id and committee_id = :c and version = :v")
            .param("n", name)
            .param("o", sortOrder)
            .param("id", id)
            .param("c", committee)
            .param("v", version)
            .update());
  }

  boolean themeHasTargets(long theme) {
    return jdbc.sql("select count(*) from annual_target where theme_id = :t")
            .param("t", theme)
            .query(Long.class)
            .single()
        > 0;
  }

  void deleteTheme(long committee, long id, int version) {
    checked(
        jdbc.sql("delete from campaign_theme where id = :id and committee_id = :c and version = :v")
            .param("id", id)
            .param("c", committee)
            .param("v", version)
            .update());
  }

  Optional<Long> themeCampaign(long committee, long theme) {
    return jdbc.sql("select campaign_id from campaign_theme where id = :t and committee_id = :c")
        .param("t", theme)
        .param("c", committee)
        .query(Long.class)
        .optional();
  }

  List<TargetLine> targets(long committee, long campaign) {
    return jdbc.sql(
            "select "
                + TARGET_COLUMNS
                + " from annual_target t left join campaign_theme th on th.id = t.theme_id"
                + " where t.committee_id = :c and t.campaign_id = :campaign"
                + " order by coalesce(th.sort_order, 999999), t.sort_order, t.id")
        .param("c", committee)
        .param("campaign", campaign)
        .query(TargetStore::line)
        .list();
  }

  Optional<TargetLine> target(long committee, long id) {
    return jdbc.sql(
            "select "
                + TARGET_COLUMNS
                + " from annual_target t left join campaign_theme th on th.id = t.theme_id"
                + " where t.committee_id = :c and t.id = :id")
        .param("c", committee)
        .param("id", id)
        .query(TargetStore::line)
        .optional();
  }

  long insertTarget(long committee, long campaign, TargetInput in, int sortOrder) {
    GeneratedKeyHolder key = new GeneratedKeyHolder();
    jdbc.sql(
            "insert into annual_target (committee_id, campaign_id, theme_id, indicator, metric_name,"
                + " metric_filters, unit, target_value, lead_member_id, special_committee_id,"
                + " deadline, manual, manual_value, manual_note, manual_on, sort_order) values (:c,"
                + " :campaign, :theme, :label, :metric, :filters, :unit, :value, :lead, :sc,"
                + " :deadline, :manual, :manualValue, :manualNote, :manualOn, :sortOrder)")
        .params(params(committee, in, sortOrder))
        .param("campaign", campaign)
        .update(key, "id");
    return key.getKey().longValue();
  }

  void updateTarget(long committee, long id, int version, TargetInput in, int sortOrder) {
    checked(
        jdbc.sql(
                "update annual_target set theme_id = :theme, indicator = :label, metric_name ="
                    + " :metric, metric_filters = :filters, unit = :unit, target_value = :value,"
                    + " lead_member_id = :lead, special_committee_id = :sc, deadline = :deadline,"
                    + " manual = :manual, manual_value = :manualValue, manual_note = :manualNote,"
                    + " manual_on = :manualOn, sort_order = :sortOrder, version = version + 1"
                    + " where id = :id and committee_id = :c and version = :v")
            .params(params(committee, in, sortOrder))
            .param("id", id)
            .param("v", version)
            .update());
  }

  void deleteTarget(long committee, long id, int version) {
    checked(
        jdbc.sql("delete from annual_target where id = :id and committee_id = :c and version = :v")
            .param("id", id)
            .param("c", committee)
            .param("v", version)
            .update());
  }

  int nextTargetOrder(long campaign) {
    return jdbc.sql(
            "select coalesce(max(sort_order), 0) + 1 from annual_target where campaign_id = :c")
        .param("c", campaign)
        .query(Integer.class)
        .single();
  }

  private static Map<String, Object> params(long committee, TargetInput in, int sortOrder) {
    Map<String, Object> params = new HashMap<>();
    params.put("c", committee);
    params.put("theme", in.themeId());
    params.put("label", in.label().strip());
    String metric = in.manual() || in.metric() == null ? "" : in.metric();
    params.put("metric", metric);
    params.put("filters", in.manual() ? "" : new Indicator(metric, in.filters()).filtersText());
    params.put("unit", in.unit());
    params.put("value", in.targetValue());
    params.put("lead", in.leadMemberId());
    params.put("sc", in.specialCommitteeId());
    params.put("deadline", in.deadline());
    params.put("manual", in.manual());
    params.put("manualValue", in.manual() ? in.manualValue() : null);
    params.put("manualNote", in.manual() ? in.manualNote().strip() : null);
    params.put("manualOn", in.manual() ? in.manualOn() : null);
    params.put("sortOrder", sortOrder);
    return params;
  }

  private static TargetLine line(ResultSet rs, int n) throws SQLException {
    return new TargetLine(
        rs.getLong(1),
        rs.getInt(2),
        rs.getLong(3),
        (Long) rs.getObject(4, Long.class),
        rs.getString(5),
        rs.getString(6),
        Indicator.parse(rs.getString(7), rs.getString(8)),
        rs.getString(9),
        rs.getBigDecimal(10),
        rs.getObject(11, Long.class),
        null,
        rs.getObject(12, Long.class),
        null,
        date(rs.getDate(13)),
        rs.getBoolean(14),
        rs.getBigDecimal(15),
        rs.getString(16),
        date(rs.getDate(17)),
        rs.getInt(18));
  }

  private static LocalDate date(Date date) {
    return date == null ? null : date.toLocalDate();
  }

  private static void checked(int updated) {
    if (updated != 1) {
      throw RecordConflictException.staleEdit();
    }
  }

  static BigDecimal orZero(BigDecimal value) {
    return value == null ? BigDecimal.ZERO : value;
  }
}
