package org.lvzhi.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.lvzhi.system.CurrentUser;
import org.lvzhi.system.RecordConflictException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The template tables' only writer: sections and their sentences, each changed over the version
 * read (a stale one is refused, 409). Reads find only the working committee's (ADR 7).
 */
@Repository
class TemplateStore {

  private final JdbcClient jdbc;

  TemplateStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The working committee's sections with their sentences, in order. */
  List<TemplateSection> sections() {
    Map<Long, List<TemplateSection.Line>> lines = new LinkedHashMap<>();
    jdbc.sql(
            "select id, section_id, position, text, version from report_sentence where 1 = 1"
                + CurrentUser.inWorkingCommittee("committee_id")
                + " order by position, id")
        .query(
            (org.springframework.jdbc.core.RowCallbackHandler)
                rs ->
                    lines
                        .computeIfAbsent(rs.getLong(2), k -> new ArrayList<>())
                        .add(
                            new TemplateSection.Line(
                                rs.getLong(1), rs.getInt(3), rs.getString(4), rs.getInt(5))));
    return jdbc.sql(
            "select id, position, heading, version from report_section where 1 = 1"
                + CurrentUser.inWorkingCommittee("committee_id")
                + " order by position, id")
        .query(
            (rs, n) ->
                new TemplateSection(
                    rs.getLong(1),
                    rs.getInt(2),
                    rs.getString(3),
                    rs.getInt(4),
                    lines.getOrDefault(rs.getLong(1), List.of())))
        .list();
  }

  Optional<TemplateSection> section(long id) {
    return sections().stream().filter(s -> s.id() == id).findFirst();
  }

  Optional<TemplateSection.Line> line(long id) {
    return sections().stream()
        .flatMap(s -> s.lines().stream())
        .filter(l -> l.id() == id)
        .findFirst();
  }

  long insertSection(long committee, int position, String heading) {
    var keys = new GeneratedKeyHolder();
    jdbc.sql(
            "insert into report_section (committee_id, position, heading)"
                + " values (:committee, :position, :heading)")
        .param("committee", committee)
        .param("position", position)
        .param("heading", heading)
        .update(keys, "id");
    return keys.getKeyAs(Number.class).longValue();
  }

  long insertLine(long committee, long section, int position, String text) {
    var keys = new GeneratedKeyHolder();
    jdbc.sql(
            "insert into report_sentence (committee_id, section_id, position, text)"
                + " values (:committee, :section, :position, :text)")
        .param("committee", committee)
        .param("section", section)
        .param("position", position)
        .param("text", text)
        .update(keys, "id");
    return keys.getKeyAs(Number.class).longValue();
  }

  void renameSection(long id, int version, String heading) {
    changed(
        jdbc.sql(
                "update report_section set heading = :heading, version = version + 1"
                    + " where id = :id and version = :version")
            .param("heading", heading)
            .param("id", id)
            .param("version", version)
            .update());
  }

  void deleteSection(long id, int version) {
    jdbc.sql("delete from report_sentence where section_id = :id").param("id", id).update();
    changed(
        jdbc.sql("delete from report_section where id = :id and version = :version")
            .param("id", id)
            .param("version", version)
            .update());
  }

  void editLine(long id, int version, String text) {
    changed(
        jdbc.sql(
                "update report_sentence set text = :text, version = version + 1"
                    + " where id = :id and version = :version")
            .param("text", text)
            .param("id", id)
            .param("version", version)
            .update());
  }

  void deleteLine(long id, int version) {
    changed(
        jdbc.sql("delete from report_sentence where id = :id and version = :version")
            .param("id", id)
            .param("version", version)
            .update());
  }

  /** Marks the committee as given the standard templates; false where it already was. */
  boolean markSetUp(long committee) {
    return jdbc.sql(
                "insert into report_setup (committee_id) select :committee where not exists"
                    + " (select 1 from report_setup where committee_id = :committee)")
            .param("committee", committee)
            .update()
        == 1;
  }

  List<Long> setUp() {
    return jdbc.sql("select committee_id from report_setup").query(Long.class).list();
  }

  private static void changed(int rows) {
    if (rows != 1) {
      throw RecordConflictException.staleEdit();
    }
  }
}
