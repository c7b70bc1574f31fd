package org.lvzhi.investment;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.lvzhi.shared.Amount;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Projects as the pages read them, typed: for the stage panel and the board. It checks nothing: its
 * callers show records whose visibility the register engine already checked ({@code
 * Registers.requireVisible}, {@code Registers.matching}). It needs nothing of the register, so the
 * register's panels may use it.
 */
@Component
public class ProjectReads {

  /** What a page shows of a project; {@code laterStages} are those an advance may reach. */
  public record Summary(
      long id,
      String name,
      String investor,
      Stage stage,
      Amount contract,
      Amount totalInvestment,
      boolean signedViaPlatform,
      int version,
      List<Stage> laterStages) {}

  private final ProjectStore store;

  ProjectReads(ProjectStore store) {
    this.store = store;
  }

  @Transactional(readOnly = true)
  public Optional<Summary> summary(long projectId) {
    return store.find(projectId).map(ProjectReads::summary);
  }

  /** The projects with these ids, in the order given, in one query. */
  @Transactional(readOnly = true)
  public List<Summary> summaries(Collection<Long> ids) {
    return store.all(ids).stream().map(ProjectReads::summary).toList();
  }

  @Transactional(readOnly = true)
  public List<ProjectMove> moves(long projectId) {
    return store.moves(projectId);
  }

  private static Summary summary(InvestmentProject p) {
    return new Summary(
        p.id(),
        p.name(),
        p.facts().investor(),
        p.stage(),
        p.contract(),
        p.facts().totalInvestment(),
        p.signedViaPlatform(),
        p.version(),
        p.stages().advanceTargets());
  }
}
