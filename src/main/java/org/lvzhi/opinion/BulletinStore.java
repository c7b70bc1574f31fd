package org.lvzhi.opinion;

import java.time.LocalDate;
import java.util.Optional;
import org.lvzhi.system.CurrentUser;
import org.lvzhi.system.RecordConflictException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The bulletin tables and their only writer. An issue's number comes from a counter per committee,
 * name and year that only goes up, so no number is given twice even after an issue is deleted; the
 * unique constraint backs it.
 */
@Repository
class BulletinStore {

  static final String TABLE = "bulletin";
  private final JdbcClient jdbc;

  BulletinStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Optional<Bulletin> find(long id) {
    return jdbc.sql(
            "select t.id, t.name, t.issue_year, t.number, t.status, t.published_on, t.version"
                + " from bulletin t where t.id = :id"
                + CurrentUser.inWorkingCommittee("t.committee_id"))
        .param("id", id)
        .query(
            (rs, n) ->
                new Bulletin(
                    rs.getLong(1),
                    rs.getString(2),
                    rs.getInt(3),
                    rs.getInt(4),
                    BulletinStatus.valueOf(rs.getString(5)),
                    rs.getObject(6, LocalDate.class),
                    rs.getInt(7)))
        .optional();
  }

  /** A new draft issue with the next number of its name and year in the committee. */
  long insert(String name, int year) {
    Long committee = CurrentUser.committeeForWriting();
    long committeeId =
        committee != null
            ? committee
            : jdbc.sql("select min(id) from committee").query(Long.class).single();
    int number = nextNumber(committeeId, name, year);
    var keys = new GeneratedKeyHolder();
    jdbc.sql(
            "insert into bulletin (committee_id, name, issue_year, number, status)"
                + " values (:committee, :name, :year, :number, 'DRAFT')")
        .param("committee", committeeId)
        .param("name", name)
        .param("year", year)
        .param("number", number)
        .update(keys, "id");
    return keys.getKeyAs(Number.class).longValue();
  }

  private int nextNumber(long committee, String name, int year) {
    int updated =
        jdbc.sql(
                "update bulletin_counter set last_number = last_number + 1"
                    + " where committee_id = :c and name = :name and issue_year = :year")
            .param("c", committee)
            .param("name", name)
            .param("year", year)
            .update();
    if (updated == 0) {
      jdbc.sql(
              "insert into bulletin_counter (committee_id, name, issue_year, last_number)"
                  + " values (:c, :name, :year, 1)")
          .param("c", committee)
          .param("name", name)
          .param("year", year)
          .update();
    }
    return jdbc.sql(
            "select last_number from bulletin_counter where committee_id = :c and name = :name"
                + " and issue_year = :year")
        .param("c", committee)
        .param("name", name)
        .param("year", year)
        .query(Integer.class)
        .single();
  }

  void save(Bulletin bulletin) {
    int updated =
        jdbc.sql(
                "update bulletin set status = :status, published_on = :on, version = version + 1"
                    + " where id = :id and version = :version")
            .param("status", bulletin.status().name())
            .param("on", bulletin.publishedOn())
            .param("id", bulletin.id())
            .param("version", bulletin.version())
            .update();
    if (updated != 1) {
      throw RecordConflictException.staleEdit();
    }
  }

  /** Bumps the version of an issue whose contents changed (a report added or removed). */
  void touch(long id) {
    jdbc.sql("update bulletin set version = version + 1 where id = :id").param("id", id).update();
  }

  void delete(long id, int version) {
    int deleted =
        jdbc.sql("delete from bulletin where id = :id and version = :version")
            .param("id", id)
            .param("version", version)
            .update();
    if (deleted != 1) {
      throw RecordConflictException.staleEdit();
    }
  }

  long committeeOf(long id) {
    return jdbc.sql("select committee_id from bulletin where id = :id")
        .param("id", id)
        .query(Long.class)
        .single();
  }

  void addReport(long bulletinId, long reportId) {
    int position =
        jdbc.sql(
                "select coalesce(max(position), 0) + 1 from bulletin_report where bulletin_id = :b")
            .param("b", bulletinId)
            .query(Integer.class)
            .single();
    jdbc.sql("insert into bulletin_report (bulletin_id, report_id, position) values (:b, :r, :p)")
        .param("b", bulletinId)
        .param("r", reportId)
        .param("p", position)
        .update();
  }

  void removeReport(long bulletinId, long reportId) {
    jdbc.sql("delete from bulletin_report where bulletin_id = :b and report_id = :r")
        .param("b", bulletinId)
        .param("r", reportId)
        .update();
  }
}
