package org.lvzhi.activity;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.lvzhi.organisation.Members;
import org.lvzhi.register.Registers;
import org.lvzhi.system.DemoData;
import org.lvzhi.system.SystemActor;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The demo committee's year of activities, shaped on the seed article: outbound investment trips
 * led by party-group members to 福建, 江苏, 山东 and 四川, study tours, trainings (one at 浙江大学 with fifty
 * people), weekly reading sessions, supervision visits, consultations, plenary and
 * standing-committee meetings. Past activities are closed with attendance; the coming ones invite.
 */
@Component
@Order(20)
class DemoActivities implements DemoData {

  private final Registers registers;
  private final ParticipationStore participations;
  private final ActivityStore activities;
  private final Members members;
  private final org.lvzhi.account.Accounts accounts;
  private final SystemActor system;
  private final JdbcClient jdbc;
  private final Clock clock;

  DemoActivities(
      Registers registers,
      ParticipationStore participations,
      ActivityStore activities,
      Members members,
      org.lvzhi.account.Accounts accounts,
      SystemActor system,
      JdbcClient jdbc,
      Clock clock) {
    this.accounts = accounts;
    this.registers = registers;
    this.participations = participations;
    this.activities = activities;
    this.members = members;
    this.system = system;
    this.jdbc = jdbc;
    this.clock = clock;
  }

  @Override
  @org.springframework.transaction.annotation.Transactional
  public void load() {
    if (jdbc.sql("select count(*) from activity").query(Long.class).single() > 0) {
      return;
    }
    system.run(this::loadYear);
  }

  private void loadYear() {
    Random random = new Random(2026);
    int year = LocalDate.now(clock).getYear();
    List<Long> partyGroup = members.partyGroup();
    Map<Long, String> committees = members.specialCommittees();
    List<Long> committeeIds = new ArrayList<>(committees.keySet());
    long economy = committeeIds.get(1);

    activity(
        random,
        "政协第十届委员会第五次会议",
        "全体会议",
        LocalDateTime.of(year, 1, 8, 9, 0),
        3 * 24 - 15,
        List.of(),
        "云溪县会议中心",
        "OFFICE",
        null,
        partyGroup.get(0),
        new Members.Group.Everyone());
    for (int quarter = 0; quarter < 4; quarter++) {
      activity(
          random,
          "十届政协第" + (quarter + 14) + "次常委会议",
          "常务委员会会议",
          LocalDateTime.of(year, 3 + quarter * 3, 20, 9, 0),
          3,
          List.of(),
          "县政协三楼会议室",
          "OFFICE",
          null,
          partyGroup.get(0),
          new Members.Group.StandingMembers());
    }
    String[][] trips = {
      {"FJ", "福州市、厦门市"}, {"JS", "苏州市"}, {"SD", "临沂市"}, {"SC", "成都市"}, {"FJ", "泉州市"}, {"JS", "无锡市"}
    };
    for (int i = 0; i < trips.length; i++) {
      activity(
          random,
          "赴" + province(trips[i][0]) + "招商推介（第" + (i + 1) + "批）",
          "招商引资（走出去）",
          LocalDateTime.of(year, 2 + i, 10 + i, 8, 0),
          3 * 24,
          List.of(trips[i][0]),
          trips[i][1],
          "LEADERSHIP",
          null,
          partyGroup.get(i % partyGroup.size()),
          new Members.Group.OfSpecialCommittee(economy));
    }
    String[][] tours = {{"HB", "武汉市"}, {"SD", "淄博市"}, {"GS", "天水市"}, {"SC", "射洪市、阆中市"}};
    for (int i = 0; i < tours.length; i++) {
      activity(
          random,
          "赴" + province(tours[i][0]) + "考察学习基层协商和文旅融合",
          "考察学习",
          LocalDateTime.of(year, 3 + i * 2, 5, 7, 30),
          2 * 24,
          List.of(tours[i][0]),
          tours[i][1],
          "OFFICE",
          null,
          partyGroup.get((i + 1) % partyGroup.size()),
          new Members.Group.OfSpecialCommittee(committeeIds.get(i)));
    }
    long training =
        activity(
            random,
            "委员履职能力提升及民营经济发展专题培训",
            "专题培训",
            LocalDateTime.of(year, 5, 15, 9, 0),
            5 * 24,
            List.of("ZJ"),
            "浙江大学",
            "OFFICE",
            null,
            partyGroup.get(1),
            new Members.Group.StandingMembers());
    activities.demoDetails(
        training,
        Map.of(
            "lecturer",
            "浙江大学公共管理学院专家",
            "venue",
            "浙江大学",
            "hours",
            new java.math.BigDecimal("32.0"),
            "external_count",
            20,
            "external_note",
            "民营企业人士20余人"));
    for (int i = 1; i <= 5; i++) {
      activity(
          random,
          "机关干部和委员专题培训（第" + i + "期）",
          "专题培训",
          LocalDateTime.of(year, 1 + i * 2, 25, 14, 30),
          3,
          List.of(),
          "县政协会议室",
          "OFFICE",
          null,
          null,
          new Members.Group.OfSpecialCommittee(committeeIds.get(i % committeeIds.size())));
    }
    readingSeries(random, year);
    for (int i = 0; i < 32; i++) {
      activity(
          random,
          "民主监督：" + SUPERVISED[i % SUPERVISED.length] + "营商环境跟进服务",
          "民主监督",
          LocalDateTime.of(year, 1 + i % 11, 3 + (i * 7) % 24, 9, 0),
          4,
          List.of(),
          SUPERVISED[i % SUPERVISED.length],
          "SPECIAL_COMMITTEE",
          committeeIds.get(i % committeeIds.size()),
          partyGroup.get(i % partyGroup.size()),
          new Members.Group.OfSpecialCommittee(committeeIds.get(i % committeeIds.size())));
    }
    for (int i = 0; i < 6; i++) {
      long talk =
          activity(
              random,
              "民营企业座谈交流会（第" + (i + 1) + "场）",
              "企业座谈交流",
              LocalDateTime.of(year, 2 + i, 18, 15, 0),
              3,
              List.of(),
              "县政协会议室",
              "SPECIAL_COMMITTEE",
              economy,
              partyGroup.get(i % partyGroup.size()),
              new Members.Group.OfSpecialCommittee(economy));
      enterprisesMet(talk, i);
    }
    activity(
        random,
        "民营经济高质量发展专题协商会",
        "专题协商会",
        LocalDateTime.of(year, 6, 27, 9, 0),
        4,
        List.of(),
        "县政协会议室",
        "SPECIAL_COMMITTEE",
        economy,
        partyGroup.get(0),
        new Members.Group.OfSpecialCommittee(economy));
    dutyReports(year);
  }

  private void dutyReports(int year) {
    List<Long> serving = members.serving(new Members.Group.Everyone());
    String[][] reports = {
      {"VISIT_CONSTITUENTS", "走访城关镇3户困难群众，了解医保报销情况", "城关镇"},
      {"FIELD_INVESTIGATION", "实地查看堰口镇茶园基础设施，形成情况反映", "堰口镇"},
      {"SPEECH", "在村民代表会上宣讲党的二十大精神", "五里村"}
    };
    for (int i = 0; i < 12; i++) {
      String[] report = reports[i % reports.length];
      registers.create(
          "duty-reports",
          Map.of(
              "memberId",
              List.of(String.valueOf(serving.get(14 + i))),
              "occurredOn",
              List.of(LocalDate.of(year, 1 + i % 10, 12).toString()),
              "kind",
              List.of(report[0]),
              "content",
              List.of(report[1]),
              "place",
              List.of(report[2])));
    }
  }

  private static final String[] SUPERVISED = {
    "县发改局", "县行政审批服务局", "县市场监管局", "县自然资源局", "县住建局", "县税务局", "县商务局", "县招商服务中心", "城关镇", "县工业园区"
  };

  private void readingSeries(Random random, int year) {
    LocalDate firstFriday =
        LocalDate.of(year, 3, 1).with(TemporalAdjusters.nextOrSame(DayOfWeek.FRIDAY));
    LocalDate last = LocalDate.of(year, 12, 31);
    long series = activities.newSeries("书香政协·每周共读一本好书");
    String[] books = {
      "《习近平谈治国理政》", "《人民政协理论研究》", "《乡村振兴战略规划》", "《营商环境优化条例》解读", "《中国共产党统一战线工作条例》", "《论中国共产党历史》"
    };
    int week = 0;
    for (LocalDate day = firstFriday; !day.isAfter(last); day = day.plusWeeks(1), week++) {
      long id =
          activity(
              random,
              "书香政协·每周共读（第" + (week + 1) + "期）",
              "书香政协读书活动",
              day.atTime(16, 0),
              2,
              List.of(),
              "县政协机关读书角",
              "SPECIAL_COMMITTEE",
              members.specialCommittees().keySet().stream().skip(4).findFirst().orElseThrow(),
              null,
              new Members.Group.OfSpecialCommittee(
                  members.specialCommittees().keySet().stream().skip(4).findFirst().orElseThrow()));
      activities.demoDetails(
          id,
          Map.of(
              "series_id", series, "book", books[week % books.length], "theme", "共读一本好书、深学一个主题"));
    }
  }

  private void enterprisesMet(long activityId, int round) {
    List<Long> enterprises =
        jdbc.sql("select id from unit where unit_type = 'ENTERPRISE' order by id")
            .query(Long.class)
            .list();
    for (int i = 0; i < 4 && !enterprises.isEmpty(); i++) {
      long unit = enterprises.get((round * 4 + i) % enterprises.size());
      registers.create(
          "activity-outcomes",
          Map.of(
              "activityId",
              List.of(String.valueOf(activityId)),
              "kind",
              List.of("ENTERPRISE_MET"),
              "unitId",
              List.of(String.valueOf(unit)),
              "content",
              List.of("了解企业用工、用地和融资需求，协调相关部门跟进")));
    }
  }

  /**
   * Creates the activity, invites the group plus the leader, and settles attendance where it is
   * over.
   */
  private long activity(
      Random random,
      String title,
      String type,
      LocalDateTime start,
      int hours,
      List<String> provinces,
      String places,
      String organiser,
      Long specialCommittee,
      Long leader,
      Members.Group invitees) {
    long typeId =
        jdbc.sql("select id from activity_type where name = :name")
            .param("name", type)
            .query(Long.class)
            .single();
    Map<String, List<String>> input = new HashMap<>();
    input.put("title", List.of(title));
    input.put("typeId", List.of(String.valueOf(typeId)));
    input.put("startsAt", List.of(start.toString()));
    input.put("endsAt", List.of(start.plusHours(hours).toString()));
    input.put("provinces", provinces);
    input.put("localities", List.of(places));
    input.put("organiser", List.of(organiser));
    if (specialCommittee != null) {
      input.put("specialCommitteeId", List.of(String.valueOf(specialCommittee)));
    }
    if (leader != null) {
      input.put("leaderId", List.of(String.valueOf(leader)));
    }
    long id = registers.create("activities", input).id();
    List<Long> people = new ArrayList<>(members.serving(invitees));
    if (leader != null && !people.contains(leader)) {
      people.add(leader);
    }
    boolean over = start.plusHours(hours).isBefore(LocalDateTime.now(clock));
    for (long member : people) {
      ParticipationState state = over ? settled(random) : ParticipationState.INVITED;
      participations.insert(
          new Participation(
              null,
              id,
              member,
              null,
              state,
              state == ParticipationState.EXCUSED ? "工作冲突，已向组织方说明" : null,
              null,
              null,
              state == ParticipationState.PRESENT ? start : null,
              false,
              0));
    }
    if (type.equals("专题培训") || type.equals("书香政协读书活动")) {
      for (long cadre : accounts.cadres(activities.committeeOf(id))) {
        ParticipationState state = over ? ParticipationState.PRESENT : ParticipationState.INVITED;
        participations.insert(
            new Participation(
                null, id, null, cadre, state, null, null, null, over ? start : null, false, 0));
      }
    }
    if (over) {
      activities.saveClosed(activities.find(id).orElseThrow().close());
    }
    return id;
  }

  private static ParticipationState settled(Random random) {
    int roll = random.nextInt(100);
    return roll < 86
        ? ParticipationState.PRESENT
        : roll < 96 ? ParticipationState.EXCUSED : ParticipationState.ABSENT;
  }

  private static String province(String code) {
    return switch (code) {
      case "FJ" -> "福建";
      case "JS" -> "江苏";
      case "SD" -> "山东";
      case "SC" -> "四川";
      case "HB" -> "湖北";
      case "GS" -> "甘肃";
      default -> code;
    };
  }
}
