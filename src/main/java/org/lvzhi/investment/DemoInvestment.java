package org.lvzhi.investment;

import java.time.Clock;
import java.time.LocalDate;
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
 * The demo committee's investment year, shaped on the seed article: twelve leads from the six
 * outbound trips, two landed and two drawing up plans; five projects signed through the committee
 * for 4.13 亿元, 1.83 亿元 of it landed; two shepherded projects completing 7 599.03 and 1 914.51 万元
 * against a combined 19 000 万元 (50.07 %); three planned key projects worth 2.4 亿元.
 */
@Component
@Order(30)
class DemoInvestment implements DemoData {

  private final Registers registers;
  private final org.lvzhi.rectification.Rectifications problems;
  private final Projects projects;
  private final Shepherding shepherding;
  private final SystemActor system;
  private final JdbcClient jdbc;
  private final Clock clock;

  DemoInvestment(
      Registers registers,
      org.lvzhi.rectification.Rectifications problems,
      Projects projects,
      Shepherding shepherding,
      SystemActor system,
      JdbcClient jdbc,
      Clock clock) {
    this.registers = registers;
    this.problems = problems;
    this.projects = projects;
    this.shepherding = shepherding;
    this.system = system;
    this.jdbc = jdbc;
    this.clock = clock;
  }

  @Override
  @org.springframework.transaction.annotation.Transactional
  public void load() {
    if (jdbc.sql("select count(*) from investment_project").query(Long.class).single() > 0) {
      return;
    }
    system.run(this::loadYear);
  }

  private void loadYear() {
    int year = LocalDate.now(clock).getYear();
    List<Long> trips =
        jdbc.sql(
                "select a.id from activity a join activity_type t on t.id = a.type_id"
                    + " where t.category = 'INVESTMENT_OUTBOUND' order by a.starts_at")
            .query(Long.class)
            .list();
    List<Long> partyGroup =
        jdbc.sql("select id from member where party_group = true order by id")
            .query(Long.class)
            .list();
    long unit = jdbc.sql("select id from unit where name = '云溪县发展和改革局'").query(Long.class).single();
    String[][] leads = {
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
    };
    // Five signed through the committee: 1.20 + 0.63 (both landed: 1.83 亿元) + 0.90 + 0.75 + 0.65 =
    // 4.13 亿元.
    String[] signed = {"12000", "6300", "9000", "7500", "6500"};
    long[] ids = new long[leads.length];
    for (int i = 0; i < leads.length; i++) {
      Map<String, List<String>> landed = new HashMap<>();
      if (i < 2) {
        // The two landed projects: landed at their contract, their capital committed and 40 %
        // arrived.
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
    for (int i = 0; i < 2; i++) {
      projects.advance(ids[i], Stage.REGISTERED, day(year, 6 + i, 10), null);
      projects.advance(ids[i], Stage.LANDED, day(year, 7 + i, 1), null);
    }
    projects.advance(ids[0], Stage.STARTED, day(year, 8, 20), "开工建设");
    projects.advance(ids[5], Stage.ASSESSED, day(year, 5, 20), "符合产业政策");
    projects.suspend(ids[6], "投资方资金链紧张，暂缓推进", day(year, 8, 15));

    long grain =
        shepherded(
            "农副产品购销项目",
            "云溪利丰粮油工贸有限公司",
            "AGRICULTURE_FOOD",
            "25000",
            partyGroup.get(0),
            unit,
            year,
            "12000",
            new String[] {"1200.50", "1398.53", "1500", "1700", "1800"});
    long granite =
        shepherded(
            "花岗岩板材生产线建设项目",
            "云溪大岭石材有限公司",
            "BUILDING_MATERIALS",
            "15000",
            partyGroup.get(1),
            unit,
            year,
            "7000",
            new String[] {"300.51", "400", "414", "400", "400"});
    milestone(grain, "办结用地和环评手续", day(year, 3, 31), day(year, 3, 25));
    milestone(grain, "二期仓储开工", day(year, 6, 30), day(year, 7, 5));
    milestone(granite, "生产线设备安装完成", day(year, 9, 30), null);
    String path = "/registry/investment-projects/" + granite;
    problems.raise(
        ProblemCounts.SOURCE,
        granite,
        "花岗岩板材生产线建设项目",
        path,
        "施工用电接入迟迟未落实",
        "二期厂房施工用电需新建10千伏线路，供电方案尚未批复，影响设备调试。");
    problems.raise(
        ProblemCounts.SOURCE,
        granite,
        "花岗岩板材生产线建设项目",
        path,
        "石材运输道路破损",
        "进场道路约2公里路面破损，重载车辆通行困难，需协调交通部门维修。");

    String[][] planned = {{"县域冷链物流园", "9000"}, {"汉江生态文旅综合体", "10000"}, {"农产品精深加工产业园", "5000"}};
    for (String[] one : planned) {
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

  private long shepherded(
      String name,
      String investor,
      String industry,
      String totalWan,
      long leader,
      long unit,
      int year,
      String targetWan,
      String[] months) {
    String first17 = String.format("91610723MB%07d", 7000000 + leader);
    Map<String, List<String>> facts = new HashMap<>();
    facts.put("shepherds", List.of(String.valueOf(leader)));
    facts.put("responsibleUnitId", List.of(String.valueOf(unit)));
    facts.put("keyProject", List.of("true"));
    facts.put("registeredCompany", List.of(investor));
    facts.put("creditCode", List.of(first17 + CreditCode.checkCharacter(first17)));
    long id =
        project(
            name, investor, industry, totalWan, LocalDate.of(year - 1, 10, 8), null, "县发改局", facts);
    projects.sign(id, Amount.ofWan(totalWan), LocalDate.of(year - 1, 12, 1), false);
    // Existing firms' expansions: landed last year, so this year's landings are the two new
    // projects.
    projects.advance(id, Stage.LANDED, LocalDate.of(year - 1, 12, 20), "落地建设");
    projects.advance(id, Stage.STARTED, day(year, 1, 10), "开工建设");
    shepherding.setTarget(id, year, Amount.ofWan(targetWan));
    for (int month = 1; month <= months.length; month++) {
      shepherding.writeMonth(
          id, year, month, Amount.ofWan("1500"), Amount.ofWan(months[month - 1]));
    }
    return id;
  }

  private long project(
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
    input.put("location", List.of("云溪县城东工业园区"));
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
