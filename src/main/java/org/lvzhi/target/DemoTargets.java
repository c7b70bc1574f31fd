package org.lvzhi.target;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.lvzhi.organisation.Members;
import org.lvzhi.system.CommitteeDirectory;
import org.lvzhi.system.DemoData;
import org.lvzhi.system.SystemActor;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo county's campaign for the demo year, shaped on the seed article: the three themes
 * (项目建设年, 营商环境突破年, 干部作风能力提升年) and a dozen targets whose actual values come from the other modules'
 * demo records — trips, leads, signings, the shepherded projects' 9 513.54 of 19 000 万元 (50.07 %),
 * enterprises met, trainings, participant-times, provincial articles — and one entered by hand.
 * Loaded after every module it counts; a county with a campaign for the year is left alone.
 */
@Component
@Order(70)
class DemoTargets implements DemoData {

  private static final String COUNTY = "政协云溪县委员会";

  /** A target: theme (index), label, metric, filters, unit, target value. */
  private record Demo(
      int theme,
      String label,
      String metric,
      Map<String, String> filters,
      String unit,
      String value) {}

  private static final List<String> THEMES = List.of("项目建设年", "营商环境突破年", "干部作风能力提升年");

  private static final List<Demo> TARGETS =
      List.of(
          new Demo(
              0,
              "党组成员带队开展招商走请活动",
              "activity.count",
              Map.of("category", "INVESTMENT_OUTBOUND,INVESTMENT_RECEPTION"),
              "次",
              "10"),
          new Demo(0, "掌握项目线索", "investment.leads", Map.of(), "条", "20"),
          new Demo(
              0, "对接洽谈项目", "investment.reached-stage", Map.of("stage", "NEGOTIATING"), "个", "10"),
          new Demo(0, "通过政协平台签约项目金额", "investment.signed-amount", Map.of(), "亿元", "6"),
          new Demo(0, "落地项目", "investment.landed", Map.of(), "个", "4"),
          new Demo(0, "包抓项目完成投资", "investment.shepherded-completed", Map.of(), "万元", "19000"),
          new Demo(1, "与企业座谈交流", "activity.enterprises-met", Map.of(), "家", "20"),
          new Demo(1, "提案按期答复率", "proposal.replied-on-time-rate", Map.of(), "%", "100"),
          new Demo(2, "举办专题培训", "activity.count", Map.of("category", "TRAINING"), "次", "4"),
          new Demo(
              2, "培训委员和干部", "activity.participants", Map.of("category", "TRAINING"), "人", "100"),
          new Demo(
              2,
              "委员参加履职活动",
              "activity.participant-times",
              Map.of("participant", "member"),
              "人次",
              "800"),
          new Demo(
              2,
              "在省级以上媒体上稿",
              "publicity.articles",
              Map.of("tier", "CENTRAL,PROVINCIAL"),
              "篇",
              "40"));

  private final Targets targets;
  private final TargetStore store;
  private final Members members;
  private final SystemActor system;
  private final CommitteeDirectory committees;
  private final Clock clock;

  DemoTargets(
      Targets targets,
      TargetStore store,
      Members members,
      SystemActor system,
      CommitteeDirectory committees,
      Clock clock) {
    this.targets = targets;
    this.store = store;
    this.members = members;
    this.system = system;
    this.committees = committees;
    this.clock = clock;
  }

  @Override
  public void load() {
    Long committee = committees.named(COUNTY).orElse(null);
    LocalDate today = LocalDate.now(clock);
    int year = today.getYear();
    if (committee == null || store.campaign(committee, year).isPresent()) {
      return;
    }
    system.callIn(
        committee,
        () -> {
          long campaign = targets.defineCampaign(year, "三个年");
          List<Long> themes = new ArrayList<>();
          for (int i = 0; i < THEMES.size(); i++) {
            themes.add(targets.addTheme(campaign, THEMES.get(i), i + 1));
          }
          List<Long> leaders = List.copyOf(members.leaders().keySet());
          List<Long> bodies = List.copyOf(members.specialCommittees().keySet());
          int n = 0;
          for (Demo demo : TARGETS) {
            targets.addTarget(
                campaign,
                new TargetInput(
                    themes.get(demo.theme()),
                    demo.label(),
                    demo.metric(),
                    demo.filters(),
                    demo.unit(),
                    new BigDecimal(demo.value()),
                    leaders.isEmpty() ? null : leaders.get(n % leaders.size()),
                    bodies.isEmpty() || n % 3 == 0 ? null : bodies.get(n % bodies.size()),
                    LocalDate.of(year, 12, 31),
                    false,
                    null,
                    null,
                    null,
                    null));
            n++;
          }
          targets.addTarget(
              campaign,
              new TargetInput(
                  themes.get(2),
                  "机关干部轮训",
                  null,
                  Map.of(),
                  "人次",
                  new BigDecimal("60"),
                  leaders.isEmpty() ? null : leaders.get(0),
                  null,
                  LocalDate.of(year, 12, 31),
                  true,
                  new BigDecimal("36"),
                  "据机关党支部轮训台账统计",
                  today,
                  null));
          return null;
        });
  }
}
