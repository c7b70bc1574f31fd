package org.lvzhi.activity;

import java.math.BigDecimal;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.lvzhi.register.RecordValues;
import org.lvzhi.register.RecordWriter;
import org.lvzhi.system.RecordConflictException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The one writer of the activity, activity_province and activity_series tables, and the activities
 * register's {@link RecordWriter}: a form, the API or an import hands it the plain fields, it keeps
 * the workflow's own (check-in code, closed, series). Every write checks and bumps the version.
 */
@Repository
class ActivityStore implements RecordWriter {

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final String SELECT =
      "select a.id, a.title, a.type_id, t.category, a.starts_at, a.ends_at,"
          + " a.localities, a.organiser, a.special_committee_id, a.leader_id, a.topic, a.summary, a.external_count,"
          + " a.external_note, a.lecturer, a.venue, a.hours, a.book, a.theme, a.series_id, a.check_in_code, a.closed,"
          + " a.cancelled, a.cancel_reason, a.version from activity a join activity_type t on t.id = a.type_id";
  private static final String PLAIN =
      "title = :title, type_id = :typeId, starts_at = :startsAt, ends_at = :endsAt,"
          + " localities = :localities, organiser = :organiser, special_committee_id = :specialCommitteeId,"
          + " leader_id = :leaderId, topic = :topic, summary = :summary, external_count = :externalCount,"
          + " external_note = :externalNote, lecturer = :lecturer, venue = :venue, hours = :hours, book = :book,"
          + " theme = :theme";

  private final JdbcClient jdbc;
  private final Clock clock;

  ActivityStore(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** Six random digits; checked together with the activity and its time window, never alone. */
  static String newCheckInCode() {
    return String.format("%06d", RANDOM.nextInt(1_000_000));
  }

  Optional<Activity> find(long id) {
    return all(List.of(id)).stream().findFirst();
  }

  /**
   * The activities with these ids, in the order given, in one query (and one for their provinces).
   */
  List<Activity> all(Collection<Long> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    Map<Long, List<String>> provinces = new HashMap<>();
    jdbc.sql(
            "select activity_id, province from activity_province where activity_id in (:ids) order by province")
        .param("ids", ids)
        .query(
            (ResultSet rs) -> {
              provinces
                  .computeIfAbsent(rs.getLong(1), k -> new java.util.ArrayList<>())
                  .add(rs.getString(2));
            });
    Map<Long, Activity> byId = new LinkedHashMap<>();
    // Only the working committee's (ADR 7): an id of another committee's activity finds nothing,
    // so every use case loading activities refuses it as unknown (the system user finds all).
    jdbc.sql(
            SELECT
                + " where a.id in (:ids)"
                + org.lvzhi.system.CurrentUser.inWorkingCommittee("a.committee_id"))
        .param("ids", ids)
        .query((rs, n) -> map(rs, provinces.getOrDefault(rs.getLong(1), List.of())))
        .list()
        .forEach(a -> byId.put(a.id(), a));
    return ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
  }

  /** Activities whose check-in window is open now and whose code is this one. */
  List<Long> openWithCode(String code, LocalDateTime opensBefore, LocalDateTime now) {
    return jdbc.sql(
            "select id from activity where check_in_code = :code and closed = false and cancelled = false"
                + " and starts_at <= :opensBefore and ends_at >= :now"
                + org.lvzhi.system.CurrentUser.inWorkingCommittee("committee_id")
                + " order by id")
        .param("code", code)
        .param("opensBefore", opensBefore)
        .param("now", now)
        .query(Long.class)
        .list();
  }

  /** The open activities of a day whose invitees have not been reminded yet. */
  List<Long> dueForReminder(LocalDate day) {
    return jdbc.sql(
            "select id from activity where reminded = false and closed = false and cancelled = false"
                + " and starts_at >= :from and starts_at < :until order by id")
        .param("from", day.atStartOfDay())
        .param("until", day.plusDays(1).atStartOfDay())
        .query(Long.class)
        .list();
  }

  /**
   * The activity with this title starting on this day, if exactly one (attendance ledgers name them
   * so).
   */
  List<Long> titled(String title, LocalDate day) {
    return jdbc.sql(
            "select id from activity where title = :title and starts_at >= :day and starts_at < :next"
                + org.lvzhi.system.CurrentUser.inWorkingCommittee("committee_id"))
        .param("title", title)
        .param("day", day.atStartOfDay())
        .param("next", day.plusDays(1).atStartOfDay())
        .query(Long.class)
        .list();
  }

  @Override
  public long create(RecordValues values) {
    var keys = new GeneratedKeyHolder();
    jdbc.sql(
            "insert into activity (title, type_id, starts_at, ends_at, localities, organiser, special_committee_id,"
                + " leader_id, topic, summary, external_count, external_note, lecturer, venue, hours, book, theme,"
                + " check_in_code, committee_id) values (:title, :typeId, :startsAt, :endsAt, :localities,"
                + " :organiser, :specialCommitteeId, :leaderId, :topic, :summary, :externalCount, :externalNote,"
                + " :lecturer, :venue, :hours, :book, :theme, :code, "
                + org.lvzhi.system.CurrentUser.COMMITTEE_FOR_WRITING
                + ")")
        .params(plain(values))
        .param("code", newCheckInCode())
        .param("committeeId", org.lvzhi.system.CurrentUser.committeeForWriting())
        .update(keys, "id");
    long id = keys.getKeyAs(Number.class).longValue();
    writeProvinces(id, values.codes("provinces"));
    return id;
  }

  @Override
  public void update(long id, int version, RecordValues values) {
    int updated =
        jdbc.sql(
                "update activity set "
                    + PLAIN
                    + ", version = version + 1 where id = :id and version = :version")
            .params(plain(values))
            .param("id", id)
            .param("version", version)
            .update();
    if (updated != 1) {
      throw RecordConflictException.staleEdit();
    }
    jdbc.sql("delete from activity_province where activity_id = :id").param("id", id).update();
    writeProvinces(id, values.codes("provinces"));
  }

  boolean hasInvitees(long id) {
    return jdbc.sql("select count(*) from participation where activity_id = :id")
            .param("id", id)
            .query(Long.class)
            .single()
        > 0;
  }

  @Override
  public void delete(long id, int version) {
    if (jdbc.sql("delete from activity where id = :id and version = :version")
            .param("id", id)
            .param("version", version)
            .update()
        != 1) {
      throw RecordConflictException.staleEdit();
    }
  }

  /**
   * Stores a new activity made by the module itself (an occurrence of a series); returns its id.
   */
  long insert(Activity activity) {
    Map<String, Object> values = new HashMap<>();
    values.put("title", activity.title());
    values.put("typeId", activity.typeId());
    values.put("startsAt", activity.startsAt());
    values.put("endsAt", activity.endsAt());
    values.put("localities", activity.localities());
    values.put("organiser", activity.organiser().name());
    values.put("specialCommitteeId", activity.specialCommitteeId());
    values.put("leaderId", activity.leaderId());
    values.put("topic", activity.topic());
    values.put("summary", activity.summary());
    values.put("externalCount", activity.externalCount());
    values.put("externalNote", activity.externalNote());
    values.put("lecturer", activity.lecturer());
    values.put("venue", activity.venue());
    values.put("hours", activity.hours());
    values.put("book", activity.book());
    values.put("theme", activity.theme());
    values.put("provinces", activity.provinces());
    long id = create(RecordValues.of(values));
    jdbc.sql("update activity set series_id = :series, check_in_code = :code where id = :id")
        .param("series", activity.seriesId())
        .param("code", activity.checkInCode())
        .param("id", id)
        .update();
    return id;
  }

  /** The series the activity belongs to, started with it where it has none. */
  long seriesOf(Activity activity) {
    if (activity.seriesId() != null) {
      return activity.seriesId();
    }
    var keys = new GeneratedKeyHolder();
    jdbc.sql("insert into activity_series (title, created_at) values (:title, :at)")
        .param("title", activity.title())
        .param("at", OffsetDateTime.now(clock))
        .update(keys, "id");
    long series = keys.getKeyAs(Number.class).longValue();
    saveWorkflow(
        activity.id(), activity.version(), "series_id = :series", Map.of("series", series));
    return series;
  }

  /** Saves the closing of an activity read at its version. */
  void saveClosed(Activity closed) {
    saveWorkflow(
        closed.id(), closed.version(), "closed = :closed", Map.of("closed", closed.closed()));
  }

  /** Saves the cancellation of an activity read at its version. */
  void saveCancelled(Activity cancelled) {
    saveWorkflow(
        cancelled.id(),
        cancelled.version(),
        "cancelled = :cancelled, cancel_reason = :reason",
        Map.of("cancelled", cancelled.cancelled(), "reason", cancelled.cancelReason()));
  }

  /** Marks that the invitees were reminded; a reminder is no edit, so the version stays. */
  void markReminded(long activityId) {
    jdbc.sql("update activity set reminded = true where id = :id").param("id", activityId).update();
  }

  /** Demo data: details a register form would fill in later, and a series. */
  void demoDetails(long id, Map<String, Object> columns) {
    StringBuilder set = new StringBuilder();
    Map<String, Object> params = new HashMap<>();
    columns.forEach(
        (column, value) -> {
          if (!column.matches("[a-z_]+")) {
            throw new IllegalArgumentException(column);
          }
          set.append(set.isEmpty() ? "" : ", ").append(column).append(" = :").append(column);
          params.put(column, value);
        });
    jdbc.sql("update activity set " + set + " where id = :id")
        .params(params)
        .param("id", id)
        .update();
  }

  /** Demo data: a series by its title. */
  long newSeries(String title) {
    var keys = new GeneratedKeyHolder();
    jdbc.sql("insert into activity_series (title, created_at) values (:title, :at)")
        .param("title", title)
        .param("at", OffsetDateTime.now(clock))
        .update(keys, "id");
    return keys.getKeyAs(Number.class).longValue();
  }

  private void saveWorkflow(long id, int version, String set, Map<String, Object> params) {
    int updated =
        jdbc.sql(
                "update activity set "
                    + set
                    + ", version = version + 1 where id = :id and version = :version")
            .params(params)
            .param("id", id)
            .param("version", version)
            .update();
    if (updated != 1) {
      throw RecordConflictException.staleEdit();
    }
  }

  private void writeProvinces(long id, List<String> provinces) {
    for (String province : new java.util.LinkedHashSet<>(provinces)) {
      jdbc.sql("insert into activity_province (activity_id, province) values (:id, :p)")
          .param("id", id)
          .param("p", province)
          .update();
    }
  }

  private static Map<String, Object> plain(RecordValues v) {
    Map<String, Object> params = new HashMap<>();
    params.put("title", v.text("title"));
    params.put("typeId", v.id("typeId"));
    params.put("startsAt", v.dateTime("startsAt"));
    params.put("endsAt", v.dateTime("endsAt"));
    params.put("localities", v.text("localities"));
    ActivityCodes.Organiser organiser = v.choice("organiser", ActivityCodes.Organiser.class);
    params.put(
        "organiser", (organiser == null ? ActivityCodes.Organiser.OFFICE : organiser).name());
    params.put("specialCommitteeId", v.id("specialCommitteeId"));
    params.put("leaderId", v.id("leaderId"));
    params.put("topic", v.text("topic"));
    params.put("summary", v.text("summary"));
    params.put("externalCount", v.integer("externalCount"));
    params.put("externalNote", v.text("externalNote"));
    params.put("lecturer", v.text("lecturer"));
    params.put("venue", v.text("venue"));
    params.put("hours", v.decimal("hours"));
    params.put("book", v.text("book"));
    params.put("theme", v.text("theme"));
    return params;
  }

  private static Activity map(ResultSet rs, List<String> provinces) throws SQLException {
    return new Activity(
        rs.getLong("id"),
        rs.getString("title"),
        rs.getLong("type_id"),
        ActivityCodes.Category.valueOf(rs.getString("category")),
        rs.getObject("starts_at", LocalDateTime.class),
        rs.getObject("ends_at", LocalDateTime.class),
        provinces,
        rs.getString("localities"),
        ActivityCodes.Organiser.valueOf(rs.getString("organiser")),
        (Long) rs.getObject("special_committee_id", Long.class),
        (Long) rs.getObject("leader_id", Long.class),
        rs.getString("topic"),
        rs.getString("summary"),
        (Integer) rs.getObject("external_count", Integer.class),
        rs.getString("external_note"),
        rs.getString("lecturer"),
        rs.getString("venue"),
        rs.getObject("hours", BigDecimal.class),
        rs.getString("book"),
        rs.getString("theme"),
        (Long) rs.getObject("series_id", Long.class),
        rs.getString("check_in_code"),
        rs.getBoolean("closed"),
        rs.getBoolean("cancelled"),
        rs.getString("cancel_reason"),
        rs.getInt("version"));
  }

  /** The committee the record belongs to (ADR 7): whose office hears of it. */
  long committeeOf(long id) {
    return jdbc.sql("select committee_id from activity where id = :id")
        .param("id", id)
        .query(Long.class)
        .single();
  }
}
