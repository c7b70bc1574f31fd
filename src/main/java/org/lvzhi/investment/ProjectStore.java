package org.lvzhi.investment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.lvzhi.shared.Amount;
import org.lvzhi.system.RecordConflictException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** A project's stage state and its dated moves, as the stage moves read and write them. */
@Repository
class ProjectStore {

  /** The stage state of a project, with the version read. */
  record StageState(long id, String name, ProjectStages stages, int version) {}

  /** A recorded move. */
  record MoveRow(Stage from, Stage to, LocalDate on, String note, Amount counted, Boolean firstSigning,
      String recordedBy) {}

  private final JdbcClient jdbc;

  ProjectStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Optional<StageState> stageState(long id) {
    return jdbc.sql("select id, name, stage, stopped_at, contract_amount, version from investment_project where id = :id")
        .param("id", id)
        .query((rs, n) -> new StageState(rs.getLong(1), rs.getString(2), new ProjectStages(
            Stage.valueOf(rs.getString(3)), rs.getString(4) == null ? null : Stage.valueOf(rs.getString(4)),
            rs.getBigDecimal(5) == null ? null : new Amount(rs.getBigDecimal(5))), rs.getInt(6)))
        .optional();
  }

  void save(StageState state) {
    ProjectStages stages = state.stages();
    int updated = jdbc.sql("update investment_project set stage = :stage, stopped_at = :stopped,"
            + " contract_amount = :contract, version = version + 1 where id = :id and version = :version")
        .param("stage", stages.stage().name())
        .param("stopped", stages.stoppedAt() == null ? null : stages.stoppedAt().name())
        .param("contract", stages.contract() == null ? null : stages.contract().yuan())
        .param("id", state.id()).param("version", state.version())
        .update();
    if (updated != 1) {
      throw RecordConflictException.staleEdit();
    }
  }

  void recordMove(long projectId, ProjectStages.Move move, String recordedBy) {
    jdbc.sql("insert into project_move (project_id, from_stage, to_stage, occurred_on, note, counted_amount,"
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

  /** The date of the project's latest move, or its lead date before any: no move may be dated earlier. */
  LocalDate previousDate(long projectId) {
    return jdbc.sql("select coalesce((select max(m.occurred_on) from project_move m where m.project_id = p.id),"
            + " p.lead_on) from investment_project p where p.id = :id")
        .param("id", projectId).query(LocalDate.class).single();
  }

  void markSignedViaPlatform(long projectId, boolean viaPlatform) {
    jdbc.sql("update investment_project set signed_via_platform = :via where id = :id")
        .param("via", viaPlatform).param("id", projectId).update();
  }

  List<MoveRow> moves(long projectId) {
    return jdbc.sql("select from_stage, to_stage, occurred_on, note, counted_amount, first_signing, recorded_by"
            + " from project_move where project_id = :p order by occurred_on, id")
        .param("p", projectId)
        .query((rs, n) -> {
          BigDecimal counted = rs.getBigDecimal(5);
          return new MoveRow(rs.getString(1) == null ? null : Stage.valueOf(rs.getString(1)),
              Stage.valueOf(rs.getString(2)), rs.getObject(3, LocalDate.class), rs.getString(4),
              counted == null ? null : new Amount(counted), (Boolean) rs.getObject(6, Boolean.class), rs.getString(7));
        })
        .list();
  }
}
