package org.lvzhi.activity;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
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
 * The demo counties' year of activities. The first county's is shaped on the seed article: outbound
 * investment trips led by party-group members to 福建, 江苏, 山东 and 四川, study tours, trainings (one at
 * 浙江大学 with fifty people), weekly reading sessions, supervision visits, consultations, plenary and
 * standing-committee meetings; the second county has a smaller year of the same kinds. Each
 * county's year is entered inside its committee and invites only its own members and cadres. Past
 * activities are closed with attendance; the coming ones invite.
 */
@Component
@Order(20)
class DemoActivities implements DemoData {

  /**
   * A county's year: which activities of each kind it holds.
   *
   * @param trips outbound investment trips: province code and places
   * @param tours study tours: province code and places
   * @param universityTraining whether the committee holds the week's training at 浙江大学
   * @param supervised who the supervision visits go to, in turn
   * @param reports duty reports: kind, content and place, in turn
   * @param firstReporter the position among the serving members of the first one reporting duty
   */
  private record Year(
      String committee,
      long seed,
      String hall,
      int standingMeetings,
      String[][] trips,
      String[][] tours,
      boolean universityTraining,
      int trainings,
      boolean reading,
      String[] supervised,
      int supervisionVisits,
      int enterpriseTalks,
      boolean consultation,
      String[][] reports,
      int firstReporter,
      int dutyReports) {}

  private static final List<Year> YEARS =
      List.of(
          new Year(
              "政协云溪县委员会",
              2026,
              "云溪县会议中心",
              4,
              new String[][] {
                {"FJ", "福州市、厦门市"},
                {"JS", "苏州市"},
                {"SD", "临沂市"},
                {"SC", "成都市"},
                {"FJ", "泉州市"},
                {"JS", "无锡市"}
              },
              new String[][] {{"HB", "武汉市"}, {"SD", "淄博市"}, {"GS", "天水市"}, {"SC", "射洪市、阆中市"}},
              true,
              5,
              true,
              new String[] {
                "县发改局",
                "县行政审批服务局",
                "县市场监管局",
                "县自然资源局",
                "县住建局",
                "县税务局",
                "县商务局",
                "县招商服务中心",
                "城关镇",
                "县工业园区"
              },
              32,
              6,
              true,
              new String[][] {
                {"VISIT_CONSTITUENTS", "走访城关镇3户困难群众，了解医保报销情况", "城关镇"},
                {"FIELD_INVESTIGATION", "实地查看堰口镇茶园基础设施，形成情况反映", "堰口镇"},
                {"SPEECH", "在村民代表会上宣讲党的二十大精神", "五里村"}
              },
              14,
              12),
          new Year(
              "政协云岭县委员会",
              2027,
              "云岭县会议中心",
              2,
              new String[][] {{"ZJ", "湖州市安吉县"}, {"GD", "佛山市"}, {"CQ", "重庆市"}},
              new String[][] {},
              false,
              1,
              false,
              new String[] {"县行政审批服务局", "竹木产业园"},
              2,
              1,
              false,
              new String[][] {
                {"VISIT_CONSTITUENTS", "走访岭城镇3户困难群众，了解医保报销情况", "岭城镇"},
                {"FIELD_INVESTIGATION", "实地查看竹木产业园企业用地情况，形成情况反映", "竹木产业园"}
              },
              6,
              4));

  /**
   * The activity types a fresh deployment's first committee gets from V2; another committee of the
   * demo gets the same (types are per committee).
   */
  private static final String[][] TYPES = {
    {"全体会议", "PLENARY"},
    {"常务委员会会议", "STANDING_COMMITTEE"},
    {"主席会议", "CHAIRS_MEETING"},
    {"专题协商会", "CONSULTATION"},
    {"对口协商会", "CONSULTATION"},
    {"界别协商会", "CONSULTATION"},
    {"双周协商座谈会", "CONSULTATION"},
    {"考察学习", "STUDY_TOUR"},
    {"调研", "RESEARCH"},
    {"视察", "INSPECTION"},
    {"招商引资（走出去）", "INVESTMENT_OUTBOUND"},
    {"招商引资（请进来）", "INVESTMENT_RECEPTION"},
    {"企业座谈交流", "ENTERPRISE_TALK"},
    {"民主监督", "SUPERVISION"},
    {"专题培训", "TRAINING"},
    {"书香政协读书活动", "READING"},
    {"其他", "OTHER"}
  };

  private final Registers registers;
  private final ParticipationStore participations;
  private final ActivityStore activities;
  private final Members members;
  private final SystemActor system;
  private final org.lvzhi.system.CommitteeDirectory committees;
  private final JdbcClient jdbc;
  private final Clock clock;

  DemoActivities(
      Registers registers,
      ParticipationStore participations,
      ActivityStore activities,
      Members members,
      SystemActor system,
      org.lvzhi.system.CommitteeDirectory committees,
      JdbcClient jdbc,
      Clock clock) {
    this.registers = registers;
    this.participations = participations;
    this.activities = activities;
    this.members = members;
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
          || jdbc.sql("select count(*) from activity where committee_id = :committee")
                  .param("committee", committee)
                  .query(Long.class)
                  .single()
              > 0
          || jdbc.sql("select count(*) from member where committee_id = :committee")
                  .param("committee", committee)
                  .query(Long.class)
                  .single()
              == 0) {
        continue;
      }
      system.runIn(committee, () -> new CountyYear(year, committee).load());
    }
  }

  /** One county's year, entered as the system user working in that county's committee. */
  private final class CountyYear {

    private final Year spec;
    private final long committee;
    private final Random random;
    private final int year = LocalDate.now(clock).getYear();
    private final List<Long> partyGroup;
    private final Map<String, Long> specialCommittees = new LinkedHashMap<>();
    private final List<Long> cadres;

    CountyYear(Year spec, long committee) {
      this.spec = spec;
      this.committee = committee;
      this.random = new Random(spec.seed());
      this.partyGroup = ids("select id from member where party_group = true");
      jdbc.sql(
              "select id, name from special_committee where committee_id = :committee"
                  + " order by sort_order, id")
          .param("committee", committee)
          .query(
              rs -> {
                specialCommittees.put(rs.getString(2), rs.getLong(1));
              });
      this.cadres =
          ids(
              "select id from account where enabled = true and role in ('STAFF', 'COMMITTEE_STAFF')");
    }

    /** The ids a query on one of the committee's tables finds there, in order. */
    private List<Long> ids(String sql) {
      return jdbc.sql(sql + " and committee_id = :committee order by id")
          .param("committee", committee)
          .query(Long.class)
          .list();
    }

    private Members.Group everyone() {
      return new Members.Group.Individuals(ids("select id from member where 1 = 1"));
    }

    private Members.Group standingMembers() {
      return new Members.Group.Individuals(ids("select id from member where standing = true"));
    }

    void load() {
      types();
      List<Long> committeeIds = new ArrayList<>(specialCommittees.values());
      long economy = specialCommittees.get("经济委员会");

      activity(
          "政协第十届委员会第五次会议",
          "全体会议",
          LocalDateTime.of(year, 1, 8, 9, 0),
          3 * 24 - 15,
          List.of(),
          spec.hall(),
          "OFFICE",
          null,
          partyGroup.get(0),
          everyone());
      for (int quarter = 0; quarter < spec.standingMeetings(); quarter++) {
        activity(
            "十届政协第" + (quarter + 14) + "次常委会议",
            "常务委员会会议",
            LocalDateTime.of(year, 3 + quarter * 3, 20, 9, 0),
            3,
            List.of(),
            "县政协三楼会议室",
            "OFFICE",
            null,
            partyGroup.get(0),
            standingMembers());
      }
      String[][] trips = spec.trips();
      for (int i = 0; i < trips.length; i++) {
        activity(
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
      String[][] tours = spec.tours();
      for (int i = 0; i < tours.length; i++) {
        activity(
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
      if (spec.universityTraining()) {
        long training =
            activity(
                "委员履职能力提升及民营经济发展专题培训",
                "专题培训",
                LocalDateTime.of(year, 5, 15, 9, 0),
                5 * 24,
                List.of("ZJ"),
                "浙江大学",
                "OFFICE",
                null,
                partyGroup.get(1),
                standingMembers());
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
      }
      for (int i = 1; i <= spec.trainings(); i++) {
        activity(
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
      if (spec.reading()) {
        waitingOnTheHomePages(readingSeries(specialCommittees.get("文化文史和学习委员会")));
      }
      String[] supervised = spec.supervised();
      for (int i = 0; i < spec.supervisionVisits(); i++) {
        activity(
            "民主监督：" + supervised[i % supervised.length] + "营商环境跟进服务",
            "民主监督",
            LocalDateTime.of(year, 1 + i % 11, 3 + (i * 7) % 24, 9, 0),
            4,
            List.of(),
            supervised[i % supervised.length],
            "SPECIAL_COMMITTEE",
            committeeIds.get(i % committeeIds.size()),
            partyGroup.get(i % partyGroup.size()),
            new Members.Group.OfSpecialCommittee(committeeIds.get(i % committeeIds.size())));
      }
      for (int i = 0; i < spec.enterpriseTalks(); i++) {
        long talk =
            activity(
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
      if (spec.consultation()) {
        activity(
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
      }
      dutyReports();
    }

    /**
     * The activity types the committee lacks (types are per committee), entered as a clerk would.
     */
    private void types() {
      for (int i = 0; i < TYPES.length; i++) {
        if (typeId(TYPES[i][0]) == null) {
          registers.create(
              "activity-types",
              Map.of(
                  "name",
                  List.of(TYPES[i][0]),
                  "category",
                  List.of(TYPES[i][1]),
                  "sortOrder",
                  List.of(String.valueOf(i == TYPES.length - 1 ? 99 : i + 1))));
        }
      }
    }

    private Long typeId(String name) {
      return jdbc.sql(
              "select id from activity_type where name = :name and committee_id = :committee")
          .param("name", name)
          .param("committee", committee)
          .query(Long.class)
          .optional()
          .orElse(null);
    }

    private void dutyReports() {
      List<Long> serving = members.serving(everyone());
      String[][] reports = spec.reports();
      for (int i = 0; i < spec.dutyReports(); i++) {
        String[] report = reports[i % reports.length];
        LocalDate occurredOn = LocalDate.of(year, 1 + i % 10, 12);
        if (occurredOn.isAfter(LocalDate.now(clock))) {
          continue; // early in the year: only the duty done so far
        }
        registers.create(
            "duty-reports",
            Map.of(
                "memberId",
                List.of(String.valueOf(serving.get(spec.firstReporter() + i))),
                "occurredOn",
                List.of(occurredOn.toString()),
                "kind",
                List.of(report[0]),
                "content",
                List.of(report[1]),
                "place",
                List.of(report[2])));
      }
    }

    /**
     * What a visitor finds waiting: two members asked leave for the next reading session (the
     * office decides, the committee having no head recorded), and a later session is cancelled.
     */
    private void waitingOnTheHomePages(List<Long> readings) {
      LocalDateTime now = LocalDateTime.now(clock);
      List<Activity> upcoming =
          activities.all(readings).stream().filter(a -> a.startsAt().isAfter(now)).toList();
      if (upcoming.size() < 3) {
        return;
      }
      String[] reasons = {"赴市里参加业务培训", "单位当天有接待任务"};
      List<Participation> invited =
          participations.ofActivity(upcoming.get(0).id()).stream()
              .filter(p -> p.memberId() != null)
              .limit(reasons.length)
              .toList();
      for (int i = 0; i < invited.size(); i++) {
        invited.get(i).requestLeave(reasons[i]);
        participations.save(invited.get(i));
      }
      activities.saveCancelled(upcoming.get(2).cancel("与县委全会时间冲突，本期暂停"));
    }

    private List<Long> readingSeries(long organiser) {
      LocalDate firstFriday =
          LocalDate.of(year, 3, 1).with(TemporalAdjusters.nextOrSame(DayOfWeek.FRIDAY));
      LocalDate last = LocalDate.of(year, 12, 31);
      long series = activities.newSeries("书香政协·每周共读一本好书");
      String[] books = {
        "《习近平谈治国理政》", "《人民政协理论研究》", "《乡村振兴战略规划》", "《营商环境优化条例》解读", "《中国共产党统一战线工作条例》", "《论中国共产党历史》"
      };
      List<Long> ids = new ArrayList<>();
      int week = 0;
      for (LocalDate day = firstFriday; !day.isAfter(last); day = day.plusWeeks(1), week++) {
        long id =
            activity(
                "书香政协·每周共读（第" + (week + 1) + "期）",
                "书香政协读书活动",
                day.atTime(16, 0),
                2,
                List.of(),
                "县政协机关读书角",
                "SPECIAL_COMMITTEE",
                organiser,
                null,
                new Members.Group.OfSpecialCommittee(organiser));
        activities.demoDetails(
            id,
            Map.of(
                "series_id", series, "book", books[week % books.length], "theme", "共读一本好书、深学一个主题"));
        ids.add(id);
      }
      return ids;
    }

    /** The county's enterprises met at a talk, four a round. */
    private void enterprisesMet(long activityId, int round) {
      List<Long> enterprises = ids("select id from unit where unit_type = 'ENTERPRISE'");
      for (int i = 0; i < 4 && i < enterprises.size(); i++) {
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
     * Creates the activity, invites the group plus the leader (and the committee's cadres to
     * trainings and readings), and settles attendance where it is over.
     */
    private long activity(
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
      Map<String, List<String>> input = new HashMap<>();
      input.put("title", List.of(title));
      input.put("typeId", List.of(String.valueOf(typeId(type))));
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
        for (long cadre : cadres) {
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
      case "ZJ" -> "浙江";
      case "GD" -> "广东";
      case "CQ" -> "重庆";
      default -> code;
    };
  }
}
