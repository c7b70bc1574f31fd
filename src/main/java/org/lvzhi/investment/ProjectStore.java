package org.lvzhi.investment;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.lvzhi.register.RecordValues;
import org.lvzhi.register.RecordWriter;
import org.lvzhi.shared.Amount;
import org.lvzhi.system.RecordConflictException;
import org.lvzhi.system.RecordNotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The one writer of {@code investment_project}, {@code project_shepherd} and {@code project_move}:
 * the register hands it what its form, import and API change in a project's facts; the stage moves
 * save the workflow state. Every write checks and bumps the version. Callers record history.
 */
@Repository
class ProjectStore implements RecordWriter {

  private static final String COLUMNS =
      "p.id, p.name, p.investor, p.lead_on, p.industry, p.total_investment,"
          + " p.content, p.scale_note, p.source_activity_id, p.follower, p.location, p.responsible_unit_id,"
          + " p.key_project, p.in_planning, p.registered_company, p.credit_code, p.landed_amount, p.capital_committed,"
          + " p.capital_arrived, p.stage, p.stopped_at, p.contract_amount, p.signed_via_platform, p.version";
  private static final String FACTS =
      "name = :name, investor = :investor, lead_on = :leadOn, industry = :industry,"
          + " total_investment = :totalInvestment, content = :content, scale_note = :scaleNote,"
          + " source_activity_id = :sourceActivityId, follower = :follower, location = :location,"
          + " responsible_unit_id = :responsibleUnitId, key_project = :keyProject, in_planning = :inPlanning,"
          + " registered_company = :registeredCompany, credit_code = :creditCode, landed_amount = :landedAmount,"
          + " capital_committed = :capitalCommitted, capital_arrived = :capitalArrived";

  private final JdbcClient jdbc;

  ProjectStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  // ---- reads -----------------------------------------------------------------------------------

  Optional<InvestmentProject> find(long id) {
    return all(List.of(id)).stream().findFirst();
  }

  /** The projects with these ids, in the order given, shepherds included: one query. */
  List<InvestmentProject> all(Collection<Long> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    Map<Long, ProjectRow> rows = new LinkedHashMap<>();
    jdbc.sql(
            "select "
                + COLUMNS
                + ", s.member_id from investment_project p"
                + " left join project_shepherd s on s.project_id = p.id where p.id in (:ids) order by p.id, s.member_id")
        .param("ids", ids)
        .query(
            rs -> {
              ProjectRow row = rows.computeIfAbsent(rs.getLong(1), id -> read(rs));
              long shepherd = rs.getLong(25);
              if (!rs.wasNull()) {
                row.shepherds().add(shepherd);
              }
            });
    List<InvestmentProject> projects = new ArrayList<>();
    for (Long id : ids) {
      ProjectRow row = rows.get(id);
      if (row != null) {
        projects.add(row.project());
      }
    }
    return projects;
  }

  /**
   * The date of the project's latest move, or its lead date before any: no move may be dated
   * earlier.
   */
  LocalDate previousDate(long projectId) {
    return jdbc.sql(
            "select coalesce((select max(m.occurred_on) from project_move m where m.project_id = p.id),"
                + " p.lead_on) from investment_project p where p.id = :id")
        .param("id", projectId)
        .query(LocalDate.class)
        .optional()
        .orElse(null);
  }

  List<ProjectMove> moves(long projectId) {
    return jdbc.sql(
            "select from_stage, to_stage, occurred_on, note, counted_amount, first_signing, recorded_by"
                + " from project_move where project_id = :p order by occurred_on, id")
        .param("p", projectId)
        .query(
            (rs, n) -> {
              BigDecimal counted = rs.getBigDecimal(5);
              return new ProjectMove(
                  stage(rs.getString(1)),
                  Stage.valueOf(rs.getString(2)),
                  rs.getObject(3, LocalDate.class),
                  rs.getString(4),
                  counted == null ? null : new Amount(counted),
                  rs.getObject(6, Boolean.class),
                  rs.getString(7));
            })
        .list();
  }

  // ---- the register's writes
  // ---------------------------------------------------------------------

  @Override
  public long create(RecordValues values) {
    return insert(InvestmentProject.newLead(InvestmentProject.Facts.of(values)));
  }

  @Override
  public void update(long id, int version, RecordValues values) {
    InvestmentProject project =
        find(id).orElseThrow(() -> new RecordNotFoundException("investment-projects", id));
    if (project.version() != version) {
      throw RecordConflictException.staleEdit();
    }
    project.edit(InvestmentProject.Facts.of(values));
    save(project);
  }

  @Override
  public void delete(long id, int version) {
    if (jdbc.sql("delete from investment_project where id = :id and version = :version")
            .param("id", id)
            .param("version", version)
            .update()
        != 1) {
      throw RecordConflictException.staleEdit();
    }
  }

  // ---- the aggregate's writes
  // --------------------------------------------------------------------

  long insert(InvestmentProject project) {
    var keys = new GeneratedKeyHolder();
    factParams(
            jdbc.sql(
                "insert into investment_project (name, investor, lead_on, industry, total_investment, content,"
                    + " scale_note, source_activity_id, follower, location, responsible_unit_id, key_project, in_planning,"
                    + " registered_company, credit_code, landed_amount, capital_committed, capital_arrived, stage, stopped_at,"
                    + " contract_amount, signed_via_platform, version, committee_id) values (:name, :investor,"
                    + " :leadOn, :industry, :totalInvestment, :content, :scaleNote, :sourceActivityId, :follower,"
                    + " :location, :responsibleUnitId, :keyProject, :inPlanning, :registeredCompany, :creditCode,"
                    + " :landedAmount, :capitalCommitted, :capitalArrived, :stage, :stoppedAt, :contract,"
                    + " :signedViaPlatform, 0, "
                    + org.lvzhi.system.CurrentUser.COMMITTEE_FOR_WRITING
                    + ")"),
            project)
        .param("committeeId", org.lvzhi.system.CurrentUser.committeeForWriting())
        .update(keys, "id");
    long id = keys.getKeyAs(Number.class).longValue();
    writeShepherds(id, project.facts().shepherds());
    return id;
  }

  /** Writes the whole project read at its version, bumping it; 409 where it moved on meanwhile. */
  void save(InvestmentProject project) {
    int updated =
        factParams(
                jdbc.sql(
                    "update investment_project set "
                        + FACTS
                        + ", stage = :stage,"
                        + " stopped_at = :stoppedAt, contract_amount = :contract, signed_via_platform = :signedViaPlatform,"
                        + " version = version + 1 where id = :id and version = :version"),
                project)
            .param("id", project.id())
            .param("version", project.version())
            .update();
    if (updated != 1) {
      throw RecordConflictException.staleEdit();
    }
    jdbc.sql("delete from project_shepherd where project_id = :id")
        .param("id", project.id())
        .update();
    writeShepherds(project.id(), project.facts().shepherds());
  }

  void recordMove(long projectId, ProjectStages.Move move, String recordedBy) {
    jdbc.sql(
            "insert into project_move (project_id, from_stage, to_stage, occurred_on, note, counted_amount,"
                + " first_signing, recorded_by) values (:p, :from, :to, :on, :note, :counted, :first, :by)")
        .param("p", projectId)
        .param("from", move.from() == null ? null : move.from().name())
        .param("to", move.to().name())
        .param("on", move.on())
        .param("note", move.note())
        .param("counted", move.signing() == null ? null : move.signing().counted().yuan())
        .param("first", move.signing() == null ? null : move.signing().first())
        .param("by", recordedBy)
        .update();
  }

  private void writeShepherds(long projectId, List<Long> shepherds) {
    for (Long member : shepherds) {
      jdbc.sql("insert into project_shepherd (project_id, member_id) values (:p, :m)")
          .param("p", projectId)
          .param("m", member)
          .update();
    }
  }

  private static JdbcClient.StatementSpec factParams(
      JdbcClient.StatementSpec sql, InvestmentProject project) {
    InvestmentProject.Facts f = project.facts();
    Map<String, Object> params = new HashMap<>();
    params.put("name", f.name());
    params.put("investor", f.investor());
    params.put("leadOn", f.leadOn());
    params.put("industry", f.industry() == null ? null : f.industry().name());
    params.put("totalInvestment", yuan(f.totalInvestment()));
    params.put("content", f.content());
    params.put("scaleNote", f.scaleNote());
    params.put("sourceActivityId", f.sourceActivityId());
    params.put("follower", f.follower());
    params.put("location", f.location());
    params.put("responsibleUnitId", f.responsibleUnitId());
    params.put("keyProject", f.keyProject());
    params.put("inPlanning", f.inPlanning());
    params.put("registeredCompany", f.registeredCompany());
    params.put("creditCode", f.creditCode());
    params.put("landedAmount", yuan(f.landedAmount()));
    params.put("capitalCommitted", yuan(f.capitalCommitted()));
    params.put("capitalArrived", yuan(f.capitalArrived()));
    params.put("stage", project.stage().name());
    params.put("stoppedAt", project.stoppedAt() == null ? null : project.stoppedAt().name());
    params.put("contract", yuan(project.contract()));
    params.put("signedViaPlatform", project.signedViaPlatform());
    return sql.params(params);
  }

  /** A project row being read, its shepherds gathered from the joined rows. */
  private record ProjectRow(
      long id,
      InvestmentProject.Facts facts,
      ProjectStages stages,
      boolean viaPlatform,
      int version,
      List<Long> shepherds) {

    InvestmentProject project() {
      InvestmentProject.Facts withShepherds =
          new InvestmentProject.Facts(
              facts.name(),
              facts.investor(),
              facts.leadOn(),
              facts.industry(),
              facts.totalInvestment(),
              facts.content(),
              facts.scaleNote(),
              facts.sourceActivityId(),
              facts.follower(),
              facts.location(),
              shepherds,
              facts.responsibleUnitId(),
              facts.keyProject(),
              facts.inPlanning(),
              facts.registeredCompany(),
              facts.creditCode(),
              facts.landedAmount(),
              facts.capitalCommitted(),
              facts.capitalArrived());
      return new InvestmentProject(id, withShepherds, stages, viaPlatform, version);
    }
  }

  private static ProjectRow read(ResultSet rs) {
    try {
      var facts =
          new InvestmentProject.Facts(
              rs.getString(2),
              rs.getString(3),
              rs.getObject(4, LocalDate.class),
              rs.getString(5) == null ? null : Industry.valueOf(rs.getString(5)),
              amount(rs, 6),
              rs.getString(7),
              rs.getString(8),
              rs.getObject(9, Long.class),
              rs.getString(10),
              rs.getString(11),
              List.of(),
              rs.getObject(12, Long.class),
              rs.getBoolean(13),
              rs.getBoolean(14),
              rs.getString(15),
              rs.getString(16),
              amount(rs, 17),
              amount(rs, 18),
              amount(rs, 19));
      var stages =
          new ProjectStages(
              Stage.valueOf(rs.getString(20)), stage(rs.getString(21)), amount(rs, 22));
      return new ProjectRow(
          rs.getLong(1), facts, stages, rs.getBoolean(23), rs.getInt(24), new ArrayList<>());
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Amount amount(ResultSet rs, int column) throws SQLException {
    BigDecimal yuan = rs.getBigDecimal(column);
    return yuan == null ? null : new Amount(yuan);
  }

  private static BigDecimal yuan(Amount amount) {
    return amount == null ? null : amount.yuan();
  }

  private static Stage stage(String code) {
    return code == null ? null : Stage.valueOf(code);
  }
}
