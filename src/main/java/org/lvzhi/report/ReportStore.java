package org.lvzhi.report;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.lvzhi.system.CurrentUser;
import org.lvzhi.system.RecordConflictException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The report tables' only writer: a report over the version read (a stale one is refused, 409), its
 * figures once at generation, and each version with its blocks. Reads find only the working
 * committee's reports (ADR 7).
 */
@Repository
class ReportStore {

  private static final String COLUMNS =
      "r.id, r.committee_id, r.title, r.period_from, r.period_to, r.status, r.latest, r.version";
  private final JdbcClient jdbc;

  ReportStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Optional<Report> find(long id) {
    return jdbc.sql(
            "select "
                + COLUMNS
                + " from report r where r.id = :id"
                + CurrentUser.inWorkingCommittee("r.committee_id"))
        .param("id", id)
        .query(ReportStore::map)
        .optional();
  }

  /** The working committee's reports, the latest period first. */
  List<Report> all() {
    return jdbc.sql(
            "select "
                + COLUMNS
                + " from report r where 1 = 1"
                + CurrentUser.inWorkingCommittee("r.committee_id")
                + " order by r.period_to desc, r.id desc")
        .query(ReportStore::map)
        .list();
  }

  long insert(Report report, String by, OffsetDateTime at) {
    var keys = new GeneratedKeyHolder();
    jdbc.sql(
            "insert into report (committee_id, title, period_from, period_to, status, generated_by,"
                + " generated_at, latest) values (:committee, :title, :from, :to, :status, :by, :at, :latest)")
        .param("committee", report.committeeId())
        .param("title", report.title())
        .param("from", report.from())
        .param("to", report.to())
        .param("status", report.status().name())
        .param("by", by)
        .param("at", at)
        .param("latest", report.latest())
        .update(keys, "id");
    return keys.getKeyAs(Number.class).longValue();
  }

  /** Saves a move over the version read; refuses where the report changed meanwhile. */
  void save(Report report) {
    int updated =
        jdbc.sql(
                "update report set title = :title, status = :status, latest = :latest,"
                    + " version = version + 1 where id = :id and version = :version")
            .param("title", report.title())
            .param("status", report.status().name())
            .param("latest", report.latest())
            .param("id", report.id())
            .param("version", report.version())
            .update();
    if (updated != 1) {
      throw RecordConflictException.staleEdit();
    }
  }

  void insertFigures(Report report, long reportId, List<ReportText.Figure> figures) {
    for (int i = 0; i < figures.size(); i++) {
      ReportText.Figure figure = figures.get(i);
      jdbc.sql(
              "insert into report_figure (committee_id, report_id, ordinal, block, metric, filters,"
                  + " of_metric, shown) values (:committee, :report, :ordinal, :block, :metric,"
                  + " :filters, :of, :shown)")
          .param("committee", report.committeeId())
          .param("report", reportId)
          .param("ordinal", i + 1)
          .param("block", figure.block())
          .param("metric", figure.metric())
          .param("filters", figure.filterText())
          .param("of", figure.of())
          .param("shown", figure.shown())
          .update();
    }
  }

  /** The report's figures by ordinal (from 1). */
  List<ReportText.Figure> figures(long reportId) {
    return jdbc.sql(
            "select block, metric, filters, of_metric, shown from report_figure"
                + " where report_id = :report order by ordinal")
        .param("report", reportId)
        .query(
            (rs, n) ->
                new ReportText.Figure(
                    rs.getInt(1),
                    rs.getString(2),
                    ReportText.Figure.parseFilters(rs.getString(3)),
                    rs.getString(4),
                    rs.getString(5)))
        .list();
  }

  void insertVersion(
      Report report,
      long reportId,
      int number,
      ReportText text,
      String note,
      String by,
      OffsetDateTime at) {
    var keys = new GeneratedKeyHolder();
    jdbc.sql(
            "insert into report_version (committee_id, report_id, number, title, note, saved_by, saved_at)"
                + " values (:committee, :report, :number, :title, :note, :by, :at)")
        .param("committee", report.committeeId())
        .param("report", reportId)
        .param("number", number)
        .param("title", text.title().strip())
        .param("note", note == null || note.isBlank() ? null : note.strip())
        .param("by", by)
        .param("at", at)
        .update(keys, "id");
    long version = keys.getKeyAs(Number.class).longValue();
    int position = 0;
    for (ReportText.Block block : text.blocks()) {
      if (block.text() == null || block.text().isBlank()) {
        continue;
      }
      jdbc.sql(
              "insert into report_block (committee_id, version_id, position, heading, text)"
                  + " values (:committee, :version, :position, :heading, :text)")
          .param("committee", report.committeeId())
          .param("version", version)
          .param("position", position++)
          .param("heading", block.heading())
          .param("text", block.text().strip())
          .update();
    }
  }

  List<ReportVersion> versions(long reportId) {
    return jdbc.sql(
            "select v.number, v.title, v.note, v.saved_by, v.saved_at from report_version v"
                + " where v.report_id = :report order by v.number desc")
        .param("report", reportId)
        .query(
            (rs, n) ->
                new ReportVersion(
                    rs.getInt(1),
                    rs.getString(2),
                    rs.getString(3),
                    rs.getString(4),
                    rs.getObject(5, OffsetDateTime.class)))
        .list();
  }

  /** A version's text; empty where the report has no such version. */
  Optional<ReportText> text(long reportId, int number) {
    Optional<Long[]> version =
        jdbc.sql("select id from report_version where report_id = :report and number = :number")
            .param("report", reportId)
            .param("number", number)
            .query((rs, n) -> new Long[] {rs.getLong(1)})
            .optional();
    if (version.isEmpty()) {
      return Optional.empty();
    }
    String title =
        jdbc.sql("select title from report_version where id = :id")
            .param("id", version.get()[0])
            .query(String.class)
            .single();
    List<ReportText.Block> blocks =
        jdbc.sql("select heading, text from report_block where version_id = :id order by position")
            .param("id", version.get()[0])
            .query((rs, n) -> new ReportText.Block(rs.getBoolean(1), rs.getString(2)))
            .list();
    return Optional.of(new ReportText(title, blocks));
  }

  private static Report map(ResultSet rs, int row) throws SQLException {
    return new Report(
        rs.getLong("id"),
        rs.getLong("committee_id"),
        rs.getString("title"),
        rs.getObject("period_from", LocalDate.class),
        rs.getObject("period_to", LocalDate.class),
        ReportStatus.valueOf(rs.getString("status")),
        rs.getInt("latest"),
        rs.getInt("version"));
  }
}
