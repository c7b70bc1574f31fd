package org.lvzhi.consultation;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.lvzhi.metric.MetricCatalogue;
import org.lvzhi.metric.MetricQuery;
import org.lvzhi.organisation.Units;
import org.lvzhi.register.Registers;
import org.lvzhi.system.CommitteeDirectory;
import org.lvzhi.system.DemoData;
import org.lvzhi.system.Role;
import org.lvzhi.system.SystemActor;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The demo county's consultation: four meetings of the standard types (the demo's own 专题协商会 and
 * three more, held before today), their suggestions in every follow-up state with the departments'
 * answers, one closed online consultation (comments, one hidden by staff, a summary and suggestions
 * followed up) and one open now with a few comments. Entered through the module's services as the
 * office, the units' clerks and members do; loaded once (nothing if the county has suggestions).
 */
@Component
@Order(60)
class DemoConsultation implements DemoData {

  static final String COMMITTEE = "政协云溪县委员会";
  static final String[][] MEETINGS = {
    {"对口协商会", "农村人居环境整治对口协商会"}, {"界别协商会", "营商环境界别协商会"}, {"双周协商座谈会", "城区交通治理双周协商座谈会"}
  };
  static final String[] CONTENTS = {
    "建议统筹布局农村垃圾转运站点。", "建议设立企业服务专员制度。", "建议优化早晚高峰公交班次。", "建议建设产业园区人才公寓。",
    "建议推行涉企事项一网通办。", "建议增设学校周边临时停车位。", "建议加大农村改厕后续管护投入。", "建议设立中小企业应急转贷资金。"
  };
  private final CommitteeDirectory committees;
  private final SystemActor system;
  private final JdbcClient jdbc;
  private final Clock clock;
  private final MetricCatalogue metrics;
  private final Registers registers;
  private final Suggestions suggestions;
  private final OnlineConsultations online;
  private final Units units;

  DemoConsultation(
      CommitteeDirectory committees,
      SystemActor system,
      JdbcClient jdbc,
      Clock clock,
      MetricCatalogue metrics,
      Registers registers,
      Suggestions suggestions,
      OnlineConsultations online,
      Units units) {
    this.committees = committees;
    this.system = system;
    this.jdbc = jdbc;
    this.clock = clock;
    this.metrics = metrics;
    this.registers = registers;
    this.suggestions = suggestions;
    this.online = online;
    this.units = units;
  }

  @Override
  public void load() {
    Long committee = committees.named(COMMITTEE).orElse(null);
    if (committee == null
        || count("select count(*) from consultation_suggestion where committee_id = :c", committee)
            > 0
        || count("select count(*) from member where committee_id = :c", committee) < 10) {
      return;
    }
    system.runIn(committee, () -> loadYear(committee));
  }

  private long count(String sql, long committee) {
    return jdbc.sql(sql).param("c", committee).query(Long.class).single();
  }

  private void loadYear(long committee) {
    LocalDate today = LocalDate.now(clock);
    List<Long> members =
        jdbc.sql("select id from member where committee_id = :c and status = 'SERVING' order by id")
            .param("c", committee)
            .query(Long.class)
            .list();
    List<Long> unitIds = new ArrayList<>(units.all().keySet());
    if (members.size() < 4 || unitIds.size() < 2) {
      return;
    }
    List<Long> meetings = meetings(committee, today);
    int n = 0;
    for (long meeting : meetings) {
      for (int k = 0; k < 2; k++) {
        int i = n++;
        LocalDate made = today.minusDays(60L - i);
        long id =
            suggestions.makeAtActivity(
                meeting,
                new Suggestions.Draft(
                    CONTENTS[i % CONTENTS.length],
                    i % 3 == 2 ? null : members.get(i % members.size()),
                    i % 3 == 2 ? "县工商联" : null,
                    null,
                    made));
        follow(id, unitIds.get(i % unitIds.size()), i % 5, made.plusDays(2), committee);
      }
    }
    onlineConsultations(members, unitIds, committee, today);
  }

  /**
   * The county's consultation meetings of this year (the activity module's count), with the
   * standard types it lacks added before today.
   */
  private List<Long> meetings(long committee, LocalDate today) {
    List<Long> ids = new ArrayList<>(meetingIds(committee, today));
    for (int i = 0; i < MEETINGS.length && ids.size() < 4; i++) {
      Long type =
          jdbc.sql("select id from activity_type where name = :n and committee_id = :c")
              .param("n", MEETINGS[i][0])
              .param("c", committee)
              .query(Long.class)
              .optional()
              .orElse(null);
      if (type == null) {
        continue;
      }
      LocalDateTime start = today.minusDays(75L - 10L * i).atTime(9, 0);
      Map<String, List<String>> input = new HashMap<>();
      input.put("title", List.of(MEETINGS[i][1]));
      input.put("typeId", List.of(String.valueOf(type)));
      input.put("startsAt", List.of(start.toString()));
      input.put("endsAt", List.of(start.plusHours(3).toString()));
      input.put("localities", List.of("县政协会议室"));
      input.put("organiser", List.of("OFFICE"));
      ids.add(registers.create("activities", input).id());
    }
    return ids.subList(0, Math.min(4, ids.size()));
  }

  private List<Long> meetingIds(long committee, LocalDate today) {
    return metrics
        .compute(
            "consultation.meetings",
            new MetricQuery(committee, today.withDayOfYear(1), today, Map.of()))
        .sources()
        .stream()
        .map(s -> Long.valueOf(s.href().substring(s.href().lastIndexOf('/') + 1)))
        .toList();
  }

  /** Brings a suggestion to one of the follow-up states, answered by the unit's clerk. */
  private void follow(long id, long unit, int state, LocalDate on, long committee) {
    if (state == 0) {
      return;
    }
    suggestions.send(id, unit);
    String[] outcomes = {null, null, "ADOPTED", "IMPLEMENTING", "NOT_ADOPTED"};
    String[] answers = {null, null, "已采纳，纳入明年工作计划。", "正在制定实施方案。", "受财力所限，暂不具备条件，将适时研究。"};
    if (outcomes[state] != null) {
      LocalDate today = LocalDate.now(clock);
      system.callAs(
          "demo-unit-clerk",
          Role.UNIT,
          null,
          unit,
          committee,
          () -> {
            suggestions.answer(id, outcomes[state], answers[state], on.isAfter(today) ? today : on);
            return null;
          });
    }
  }

  private void onlineConsultations(
      List<Long> members, List<Long> unitIds, long committee, LocalDate today) {
    LocalDateTime now = LocalDateTime.now(clock);
    long closed =
        online.create(
            "如何破解城区停车难",
            "城区机动车保有量三年增长四成，停车位缺口约三千个。请委员就规划、建设、管理建言。",
            now.minusDays(20),
            // Comments are posted now, inside the window; the office then closes it early.
            now.plusHours(1));
    online.open(closed);
    String[] said = {"建议利用边角地建设立体停车场。", "建议推行错时共享停车。", "优惠代办，请联系……"};
    List<Long> comments = new ArrayList<>();
    for (int i = 0; i < said.length; i++) {
      comments.add(comment(closed, members.get(i), said[i], committee));
    }
    online.hide(closed, comments.get(2), "广告信息，与议题无关");
    List<Long> made =
        online.close(
            closed,
            "委员围绕规划、建设、共享三方面提出意见，综合形成两条建议。",
            List.of(
                new Suggestions.Draft("建议利用边角地建设立体停车场。", members.get(0), null, null, null),
                new Suggestions.Draft("建议推行机关单位错时共享停车。", members.get(1), null, null, null)));
    follow(made.get(0), unitIds.get(0), 2, today, committee);
    follow(made.get(1), unitIds.get(1), 1, today, committee);
    long open =
        online.create(
            "老旧小区改造中的居民参与", "今年计划改造老旧小区十二个，请委员就居民参与方式建言。", now.minusDays(2), now.plusDays(12));
    online.open(open);
    comment(open, members.get(2), "建议每个小区成立改造议事会。", committee);
    comment(open, members.get(3), "建议改造方案公示不少于十天。", committee);
  }

  private long comment(long consultation, long member, String text, long committee) {
    return system.callAs(
        "demo-member-" + member,
        Role.MEMBER,
        member,
        null,
        committee,
        () -> online.comment(consultation, text));
  }
}
