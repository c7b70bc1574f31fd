package org.lvzhi.investment;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.lvzhi.register.Registers;
import org.lvzhi.system.HomeContribution;
import org.lvzhi.system.LvzhiUser;
import org.lvzhi.system.Role;
import org.springframework.stereotype.Component;

/**
 * What investment puts on the home page: the projects the user may see whose milestones are overdue
 * (planned before today, not done), linking to the milestones, oldest first.
 */
@Component
class ProjectHome implements HomeContribution {

  private final Registers registers;
  private final Clock clock;

  ProjectHome(Registers registers, Clock clock) {
    this.registers = registers;
    this.clock = clock;
  }

  @Override
  public List<Waiting> waiting(LvzhiUser user) {
    if (user.role() == Role.MEMBER) {
      return List.of();
    }
    long projects =
        registers.countVisible(
            Projects.REGISTER,
            "exists (select 1 from project_milestone m where m.project_id = t.id"
                + " and m.done_on is null and m.planned_on < :today)",
            Map.of("today", LocalDate.now(clock)));
    return List.of(
        new Waiting(
            "investment.milestones-overdue",
            "home.waiting.milestonesOverdue",
            projects,
            "/registry/project-milestones?sort=plannedOn&dir=asc",
            true,
            34));
  }
}
