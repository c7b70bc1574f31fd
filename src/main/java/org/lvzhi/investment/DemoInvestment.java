package org.lvzhi.investment;

import java.time.Clock;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.lvzhi.register.Registers;
import org.lvzhi.shared.Amount;
import org.lvzhi.shared.CreditCode;
import org.lvzhi.system.DemoData;
import org.lvzhi.system.SystemActor;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The demo counties' investment years. The first county's is shaped on the seed article: twelve
 * leads from the six outbound trips, two landed and two drawing up plans; five projects signed
 * through the committee for 4.13 亿元, 1.83 亿元 of it landed; two shepherded projects completing 7
 * 599.03 and 1 914.51 万元 against a combined 19 000 万元 (50.07 %); three planned key projects worth
 * 2.4 亿元. The second county has a lead from its trips, signed and landed, and a shepherded project
 * with a problem. Each county's year is entered inside its committee.
 */
@Component
@Order(30)
class DemoInvestment implements DemoData {

  /** A shepherded project's milestone: planned, and done where {@code done} is given. */
  private record Milestone(String name, MonthDay planned, MonthDay done) {}

  /** A problem raised on a shepherded project. */
  private record Problem(String title, String description) {}

  /**
   * An existing firm's expansion, shepherded by the party-group member of its position in the list,
   * with this year's target and the amounts completed month by month.
   */
  private record Shepherded(
      String name,
      String investor,
      String industry,
      String totalWan,
      String targetWan,
      String[] months,
      List<Milestone> milestones,
      List<Problem> problems) {}

  /**
   * A county's investment year.
   *
   * @param leads leads from the outbound trips, in turn: name, investor, industry, total (万元)
   * @param signed the contracts (万元) of the first leads, signed through the committee
   * @param landed how many of the signed landed this year (the first of them starts building); of
   *     the unsigned leads, the first has been assessed and the second is suspended
   * @param planned planned key projects: name and total (万元)
   */
  private record Year(
      String committee,
      String location,
      String responsibleUnit,
      String areaCode,
      String[][] leads,
      String[] signed,
      int landed,
      List<Shepherded> shepherded,
      String[][] planned) {}

  private static final List<Year> YEARS =
      List.of(
          new Year(
              "政协云溪县委员会",
              "云溪县城东工业园区",
              "云溪县发展和改革局",
              "610723",
              new String[][] {
                {"食用菌精深加工项目", "福建闽源食品集团", "AGRICULTURE_FOOD", "26000"},
                {"新型干混砂浆生产线", "江苏苏建新材料有限公司", "BUILDING_MATERIALS", "12000"},
                {"茶叶精制与茶饮品项目", "福建安溪茗韵茶业", "AGRICULTURE_FOOD", "18000"},
                {"冷链物流仓储中心", "山东临沂鲁通物流", "LOGISTICS", "15000"},
                {"汉水康养小镇", "四川川润文旅集团", "CULTURE_TOURISM", "60000"},
                {"光伏组件配套项目", "江苏无锡晶耀新能源", "NEW_ENERGY", "30000"},
                {"中药材种植加工基地", "四川本草堂药业", "HEALTH", "8000"},
                {"电子元器件组装项目", "福建厦门信达电子", "ELECTRONICS", "10000"},
                {"预制菜加工项目", "山东鲁味源食品", "AGRICULTURE_FOOD", "9000"},
                {"石材精深加工园", "福建南安石业协会企业", "BUILDING_MATERIALS", "20000"},
                {"农机装备维修中心", "山东潍坊沃野机械", "MANUFACTURING", "5000"},
                {"电商直播基地", "江苏苏州云帆网络", "SERVICES", "3000"}
              },
              // Five signed through the committee: 1.20 + 0.63 (both landed: 1.83 亿元) + 0.90 + 0.75
              // + 0.65 = 4.13 亿元.
              new String[] {"12000", "6300", "9000", "7500", "6500"},
              2,
              List.of(
                  new Shepherded(
                      "农副产品购销项目",
                      "云溪利丰粮油工贸有限公司",
                      "AGRICULTURE_FOOD",
                      "25000",
                      "12000",
                      new String[] {"1200.50", "1398.53", "1500", "1700", "1800"},
                      List.of(
                          new Milestone("办结用地和环评手续", MonthDay.of(3, 31), MonthDay.of(3, 25)),
                          new Milestone("二期仓储开工", MonthDay.of(6, 30), MonthDay.of(7, 5))),
                      List.of()),
                  new Shepherded(
                      "花岗岩板材生产线建设项目",
                      "云溪大岭石材有限公司",
                      "BUILDING_MATERIALS",
                      "15000",
                      "7000",
                      new String[] {"300.51", "400", "414", "400", "400"},
                      List.of(new Milestone("生产线设备安装完成", MonthDay.of(9, 30), null)),
                      List.of(
                          new Problem("施工用电接入迟迟未落实", "二期厂房施工用电需新建10千伏线路，供电方案尚未批复，影响设备调试。"),
                          new Problem("石材运输道路破损", "进场道路约2公里路面破损，重载车辆通行困难，需协调交通部门维修。")))),
              new String[][] {{"县域冷链物流园", "9000"}, {"汉江生态文旅综合体", "10000"}, {"农产品精深加工产业园", "5000"}}),
          new Year(
              "政协云岭县委员会",
              "云岭县竹木产业园",
              "云岭县发展和改革局",
              "610725",
              new String[][] {{"竹木家居定制生产线", "浙江安吉竹艺集团", "MANUFACTURING", "8000"}},
              new String[] {"5000"},
              1,
              List.of(
                  new Shepherded(
                      "高山茶园提质扩建项目",
                      "云岭高山茶业有限公司",
                      "AGRICULTURE_FOOD",
                      "6000",
                      "3000",
                      new String[] {"420", "380.50", "510"},
                      List.of(new Milestone("新建茶叶加工车间", MonthDay.of(6, 30), MonthDay.of(7, 10))),
                      List.of(
                          new Problem("茶园机耕道硬化资金未落实", "约5公里茶园机耕道硬化需县乡两级配套资金，尚未列入年度计划，雨季采摘运输困难。")))),
              new String[][] {{"县域农旅融合示范园", "6000"}}));

  private final Registers registers;
  private final org.lvzhi.rectification.Rectifications problems;
  private final Projects projects;
  private final Shepherding shepherding;
  private final SystemActor system;
  private final org.lvzhi.system.CommitteeDirectory committees;
  private final JdbcClient jdbc;
  private final Clock clock;

  DemoInvestment(
      Registers registers,
      org.lvzhi.rectification.Rectifications problems,
      Projects projects,
      Shepherding shepherding,
      SystemActor system,
      org.lvzhi.system.CommitteeDirectory committees,
      JdbcClient jdbc,
      Clock clock) {
    this.registers = registers;
    this.problems = problems;
    this.projects = projects;
    this.shepherding = shepherding;
    this.system = system;
    this.committees = committees;
    this.jdbc = jdbc;
    this.clock = clock;
  }

  @Override
  @org.springframework.transaction.annotation.Transactional
  public void load() {
    for (Year year : YEARS) {
      Long committee = committees.named(year.committee()).orElse(null);
      // A county the organisation demo did not fill, or whose year is loaded already, is left
      // alone.
      if (committee == null
          || count("select count(*) from investment_project where committee_id = :c", committee) > 0
          || count(
                  "select count(*) from member where party_group = true and committee_id = :c",
                  committee)
              == 0) {
        continue;
      }
      system.runIn(committee, () -> loadYear(year, committee));
    }
  }

  private long count(String sql, long committee) {
    return jdbc.sql(sql).param("c", committee).query(Long.class).single();
  }

  private void loadYear(Year spec, long committee) {
    int year = LocalDate.now(clock).getYear();
    List<Long> trips =
        jdbc.sql(
                "select a.id from activity a join activity_type t on t.id = a.type_id"
                    + " where t.category = 'INVESTMENT_OUTBOUND' and a.committee_id = :c"
                    + " order by a.starts_at")
            .param("c", committee)
            .query(Long.class)
            .list();
    List<Long> partyGroup =
        jdbc.sql("select id from member where party_group = true and committee_id = :c order by id")
            .param("c", committee)
            .query(Long.class)
            .list();
    long unit =
        jdbc.sql("select id from unit where name = :name and committee_id = :c")
            .param("name", spec.responsibleUnit())
            .param("c", committee)
            .query(Long.class)
            .single();
    String[][] leads = spec.leads();
    String[] signed = spec.signed();
    long[] ids = new long[leads.length];
    for (int i = 0; i < leads.length; i++) {
      Map<String, List<String>> landed = new HashMap<>();
      if (i < spec.landed()) {
        // The landed projects: landed at their contract, their capital committed and 40 % arrived.
        landed.put("landedAmount", List.of(signed[i]));
        landed.put("inPlanning", List.of("true"));
        landed.put("capitalCommitted", List.of(signed[i]));
        landed.put(
            "capitalArrived",
            List.of(
                new java.math.BigDecimal(signed[i])
                    .multiply(new java.math.BigDecimal("0.4"))
                    .toPlainString()));
      }
      ids[i] =
          project(
              spec,
              leads[i][0],
              leads[i][1],
              leads[i][2],
              leads[i][3],
              day(year, 2 + i / 2, 12 + i % 2),
              trips.isEmpty() ? null : trips.get(i % trips.size()),
              "县招商服务中心",
              landed);
    }
    for (int i = 0; i < signed.length; i++) {
      LocalDate day = LocalDate.of(year, 4 + i, 8);
      projects.advance(ids[i], Stage.NEGOTIATING, notAfterToday(day.minusDays(20)), "多轮洽谈");
      projects.sign(ids[i], Amount.ofWan(signed[i]), notAfterToday(day), true);
    }
    for (int i = 0; i < spec.landed(); i++) {
      projects.advance(ids[i], Stage.REGISTERED, day(year, 6 + i, 10), null);
      projects.advance(ids[i], Stage.LANDED, day(year, 7 + i, 1), null);
    }
    if (spec.landed() > 0) {
      projects.advance(ids[0], Stage.STARTED, day(year, 8, 20), "开工建设");
    }
    if (signed.length < ids.length) {
      projects.advance(ids[signed.length], Stage.ASSESSED, day(year, 5, 20), "符合产业政策");
    }
    if (signed.length + 1 < ids.length) {
      projects.suspend(ids[signed.length + 1], "投资方资金链紧张，暂缓推进", day(year, 8, 15));
    }

    List<Long> shepherded = new java.util.ArrayList<>();
    for (int i = 0; i < spec.shepherded().size(); i++) {
      shepherded.add(shepherded(spec, spec.shepherded().get(i), partyGroup.get(i), unit, year));
    }
    for (int i = 0; i < shepherded.size(); i++) {
      for (Milestone milestone : spec.shepherded().get(i).milestones()) {
        milestone(
            shepherded.get(i),
            milestone.name(),
            day(year, milestone.planned()),
            milestone.done() == null ? null : day(year, milestone.done()));
      }
    }
    for (int i = 0; i < shepherded.size(); i++) {
      Shepherded project = spec.shepherded().get(i);
      String path = "/registry/investment-projects/" + shepherded.get(i);
      for (Problem problem : project.problems()) {
        problems.raise(
            ProblemCounts.SOURCE,
            shepherded.get(i),
            project.name(),
            path,
            problem.title(),
            problem.description());
      }
    }

    for (String[] one : spec.planned()) {
      registers.create(
          "planned-projects",
          Map.of(
              "name",
              List.of(one[0]),
              "planYear",
              List.of(String.valueOf(year)),
              "totalInvestment",
              List.of(one[1]),
              "industry",
              List.of("OTHER")));
    }
  }

  private LocalDate day(int year, MonthDay day) {
    return day(year, day.getMonthValue(), day.getDayOfMonth());
  }

  /**
   * A day of the demo year, but never after today: early in the year the demo is what has happened
   * so far.
   */
  private LocalDate day(int year, int month, int dayOfMonth) {
    return notAfterToday(LocalDate.of(year, month, dayOfMonth));
  }

  private LocalDate notAfterToday(LocalDate day) {
    LocalDate today = LocalDate.now(clock);
    return day.isAfter(today) ? today : day;
  }

  private long shepherded(Year spec, Shepherded project, long leader, long unit, int year) {
    String first17 = String.format("91%sMB%07d", spec.areaCode(), 7000000 + leader);
    Map<String, List<String>> facts = new HashMap<>();
    facts.put("shepherds", List.of(String.valueOf(leader)));
    facts.put("responsibleUnitId", List.of(String.valueOf(unit)));
    facts.put("keyProject", List.of("true"));
    facts.put("registeredCompany", List.of(project.investor()));
    facts.put("creditCode", List.of(first17 + CreditCode.checkCharacter(first17)));
    long id =
        project(
            spec,
            project.name(),
            project.investor(),
            project.industry(),
            project.totalWan(),
            LocalDate.of(year - 1, 10, 8),
            null,
            "县发改局",
            facts);
    projects.sign(id, Amount.ofWan(project.totalWan()), LocalDate.of(year - 1, 12, 1), false);
    // Existing firms' expansions: landed last year, so this year's landings are the new projects.
    projects.advance(id, Stage.LANDED, LocalDate.of(year - 1, 12, 20), "落地建设");
    projects.advance(id, Stage.STARTED, day(year, 1, 10), "开工建设");
    shepherding.setTarget(id, year, Amount.ofWan(project.targetWan()));
    String[] months = project.months();
    // Early in the year only the months that have begun have completed investment.
    java.time.YearMonth now = java.time.YearMonth.now(clock);
    for (int month = 1;
        month <= months.length && !java.time.YearMonth.of(year, month).isAfter(now);
        month++) {
      shepherding.writeMonth(
          id, year, month, Amount.ofWan("1500"), Amount.ofWan(months[month - 1]));
    }
    return id;
  }

  private long project(
      Year spec,
      String name,
      String investor,
      String industry,
      String totalWan,
      LocalDate leadOn,
      Long trip,
      String follower,
      Map<String, List<String>> more) {
    Map<String, List<String>> input = new HashMap<>(more);
    input.put("name", List.of(name));
    input.put("investor", List.of(investor));
    input.put("industry", List.of(industry));
    input.put("totalInvestment", List.of(totalWan));
    input.put("leadOn", List.of(leadOn.toString()));
    input.put("follower", List.of(follower));
    input.put("location", List.of(spec.location()));
    if (trip != null) {
      input.put("sourceActivityId", List.of(String.valueOf(trip)));
    }
    return registers.create("investment-projects", input).id();
  }

  private void milestone(long project, String name, LocalDate planned, LocalDate done) {
    Map<String, List<String>> input = new HashMap<>();
    input.put("name", List.of(name));
    input.put("projectId", List.of(String.valueOf(project)));
    input.put("plannedOn", List.of(planned.toString()));
    if (done != null) {
      input.put("doneOn", List.of(done.toString()));
    }
    registers.create("project-milestones", input);
  }
}
