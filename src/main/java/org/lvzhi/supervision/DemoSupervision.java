package org.lvzhi.supervision;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.lvzhi.organisation.Committees;
import org.lvzhi.rectification.Rectifications;
import org.lvzhi.register.Registers;
import org.lvzhi.system.DemoData;
import org.lvzhi.system.Role;
import org.lvzhi.system.SystemActor;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The demo county's year of supervision: a plan on the business environment, three squads led by
 * party-group members, 30 visits between January 1 and today to a dozen departments and
 * enterprises, findings in every state of the rectification loop (the demo unit's own answered by
 * its clerk), and twenty outcomes linked to the demo's outputs, proposals and opinion reports.
 * Loaded once: a committee with squads is left alone.
 */
@Component
@Order(65)
class DemoSupervision implements DemoData {

  static final String COMMITTEE = "政协云溪县委员会";
  static final int VISITS = 30;
  private static final String[] SQUADS = {"优化营商环境监督小分队", "涉企收费专项监督小分队", "政务服务效能监督小分队"};
  private static final String[] PLACES = {"走访", "暗访", "座谈", "问卷调查"};
  private static final String[][] PROBLEMS = {
    {"APPROVALS", "SQUAD", "项目审批环节多、时限长，企业反映需多次补交材料"},
    {"FEES", "ENTERPRISE", "企业反映个别中介服务收费标准不公开"},
    {"SERVICE_ATTITUDE", "SQUAD", "窗口工作人员一次性告知不到位"},
    {"POLICY_DELIVERY", "ENTERPRISE", "惠企政策兑现周期长，企业知晓率不高"},
    {"OTHER", "SQUAD", "办事指南未及时更新"}
  };
  private static final String[] MOVES = {
    "ASSIGNED", "IN_PROGRESS", "RESOLVED", "VERIFIED", "REOPENED", "VERIFIED"
  };

  private final Supervision supervision;
  private final Outcomes outcomes;
  private final Rectifications rectifications;
  private final Registers registers;
  private final Committees committees;
  private final SystemActor system;
  private final JdbcClient jdbc;
  private final Clock clock;

  DemoSupervision(
      Supervision supervision,
      Outcomes outcomes,
      Rectifications rectifications,
      Registers registers,
      Committees committees,
      SystemActor system,
      JdbcClient jdbc,
      Clock clock) {
    this.supervision = supervision;
    this.outcomes = outcomes;
    this.rectifications = rectifications;
    this.registers = registers;
    this.committees = committees;
    this.system = system;
    this.jdbc = jdbc;
    this.clock = clock;
  }

  @Override
  public void load() {
    Long committee = committees.named(COMMITTEE).orElse(null);
    if (committee == null
        || count("select count(*) from supervision_squad where committee_id = :c", committee) > 0
        || count("select count(*) from member where committee_id = :c", committee) < 10
        || count("select count(*) from unit where committee_id = :c", committee) < 12) {
      return;
    }
    system.runIn(committee, () -> loadYear(committee));
  }

  private long count(String sql, long committee) {
    return jdbc.sql(sql).param("c", committee).query(Long.class).single();
  }

  private List<Long> ids(String sql, long committee) {
    return jdbc.sql(sql).param("c", committee).query(Long.class).list();
  }

  private void loadYear(long committee) {
    LocalDate today = LocalDate.now(clock);
    List<Long> leaders =
        ids(
            "select id from member where committee_id = :c and party_group = true order by id",
            committee);
    List<Long> members =
        ids("select id from member where committee_id = :c order by id", committee);
    List<Long> units =
        new ArrayList<>(
            ids(
                "select id from unit where committee_id = :c and unit_type = 'GOVERNMENT' order by id",
                committee));
    units = new ArrayList<>(units.subList(0, Math.min(8, units.size())));
    units.addAll(
        ids(
                "select id from unit where committee_id = :c and unit_type = 'ENTERPRISE' order by id",
                committee)
            .stream()
            .limit(12 - units.size())
            .toList());
    Long economy =
        jdbc
            .sql("select id from special_committee where committee_id = :c order by id")
            .param("c", committee)
            .query(Long.class)
            .list()
            .stream()
            .findFirst()
            .orElse(null);
    List<Long> squads = new ArrayList<>();
    for (int s = 0; s < SQUADS.length; s++) {
      Map<String, List<String>> squad = new HashMap<>();
      squad.put("name", List.of(SQUADS[s]));
      squad.put("leaderMemberId", List.of(leaders.get(s % leaders.size()).toString()));
      if (economy != null) {
        squad.put("specialCommitteeId", List.of(economy.toString()));
      }
      List<String> team = new ArrayList<>();
      for (int m = 0; m < 4; m++) {
        team.add(members.get(20 + s * 4 + m).toString());
      }
      squad.put("members", team);
      squads.add(registers.create("supervision-squads", squad).id());
    }
    Map<String, List<String>> plan = new HashMap<>();
    plan.put("planYear", List.of(Integer.toString(today.getYear())));
    plan.put("topic", List.of("优化营商环境民主监督"));
    plan.put("plannedVisits", List.of("36"));
    plan.put("units", units.stream().map(String::valueOf).toList());
    plan.put("squads", squads.stream().map(String::valueOf).toList());
    long planId = registers.create("supervision-plans", plan).id();
    Long demoUnit =
        jdbc.sql("select unit_id from account where username = 'unit'")
            .query(Long.class)
            .optional()
            .orElse(null);
    LocalDate start = LocalDate.of(today.getYear(), 1, 1);
    long span = Math.max(1, ChronoUnit.DAYS.between(start, today));
    List<Long> visits = new ArrayList<>();
    int findingNo = 0;
    for (int v = 0; v < VISITS; v++) {
      LocalDate on = start.plusDays(span * v / VISITS);
      List<Long> visited = new ArrayList<>(List.of(units.get(v % units.size())));
      if (v % 3 == 0) {
        visited.add(units.get((v + 5) % units.size()));
      }
      if (v == 1 && demoUnit != null && !visited.contains(demoUnit)) {
        visited.add(demoUnit);
      }
      String mode = SupervisionCodes.Mode.values()[v % 3].name();
      String manner = SupervisionCodes.Manner.values()[v % 4].name();
      long visit =
          supervision.recordVisit(
              new SupervisionVisit.Input(
                  squads.get(v % squads.size()),
                  planId,
                  "营商环境民主监督" + PLACES[v % 4] + "（第" + (v + 1) + "次）",
                  on,
                  mode,
                  manner,
                  visited,
                  "小分队围绕审批服务、涉企收费、政策落实等情况开展监督。"));
      visits.add(visit);
      if (v % 3 != 2) {
        String[] problem = PROBLEMS[findingNo % PROBLEMS.length];
        long unit = visited.get(visited.size() - 1);
        long finding =
            supervision.recordFinding(
                visit,
                new Finding.Input(problem[0], problem[1], problem[2], on, unit, on.plusDays(30)));
        move(
            supervision.finding(finding).rectificationId(),
            MOVES[findingNo % MOVES.length],
            on,
            today,
            unit,
            demoUnit,
            committee);
        findingNo++;
      }
    }
    linkOutcomes(committee, visits, today);
  }

  /** Takes the item as far as {@code state}, each step dated a few days after the last. */
  private void move(
      long item,
      String state,
      LocalDate found,
      LocalDate today,
      long unit,
      Long demoUnit,
      long committee) {
    if ("ASSIGNED".equals(state)) {
      return;
    }
    LocalDate acknowledged = min(found.plusDays(2), today);
    LocalDate resolved = min(found.plusDays(12), today);
    LocalDate checked = min(found.plusDays(18), today);
    asUnit(unit, demoUnit, committee, () -> rectifications.acknowledge(item, acknowledged));
    if ("IN_PROGRESS".equals(state)) {
      return;
    }
    asUnit(
        unit,
        demoUnit,
        committee,
        () -> rectifications.resolve(item, "已制定整改方案并落实，建立长效机制。", resolved));
    if ("VERIFIED".equals(state)) {
      rectifications.verify(item, checked);
    } else if ("REOPENED".equals(state)) {
      rectifications.reopen(item, "整改不彻底，企业仍有反映。", checked);
    }
  }

  /** The demo unit's own items are answered by its clerk; the others by the system user. */
  private void asUnit(long unit, Long demoUnit, long committee, Runnable move) {
    if (demoUnit != null && demoUnit == unit) {
      system.callAs(
          "unit",
          Role.UNIT,
          null,
          unit,
          committee,
          () -> {
            move.run();
            return null;
          });
    } else {
      move.run();
    }
  }

  private void linkOutcomes(long committee, List<Long> visits, LocalDate today) {
    List<Object[]> records = new ArrayList<>();
    for (String type :
        List.of("SUPERVISION_REPORT", "RESEARCH_REPORT", "CONSULTATION_MINUTES", "SUGGESTION")) {
      jdbc
          .sql("select id from output where committee_id = :c and output_type = :t order by id")
          .param("c", committee)
          .param("t", type)
          .query(Long.class)
          .list()
          .stream()
          .limit(3)
          .forEach(id -> records.add(new Object[] {"outputs", id, type}));
    }
    ids("select id from proposal where committee_id = :c order by id", committee).stream()
        .limit(4)
        .forEach(id -> records.add(new Object[] {"proposals", id, "PROPOSAL"}));
    ids("select id from opinion_report where committee_id = :c order by id", committee).stream()
        .limit(4)
        .forEach(id -> records.add(new Object[] {"opinion-reports", id, "OPINION_REPORT"}));
    for (int i = 0; i < records.size() && i < visits.size(); i++) {
      long visit = visits.get(i);
      LocalDate formed = min(supervision.visit(visit).visitedOn().plusDays(7), today);
      Object[] r = records.get(i);
      outcomes.link(visit, new Outcomes.Input((String) r[0], (Long) r[1], (String) r[2], formed));
    }
  }

  private static LocalDate min(LocalDate a, LocalDate b) {
    return a.isBefore(b) ? a : b;
  }
}
