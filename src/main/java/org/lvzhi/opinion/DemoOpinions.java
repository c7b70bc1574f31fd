package org.lvzhi.opinion;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.lvzhi.organisation.Committees;
import org.lvzhi.output.AdoptionLevel;
import org.lvzhi.output.Adoptions;
import org.lvzhi.register.Registers;
import org.lvzhi.system.DemoData;
import org.lvzhi.system.SystemActor;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The demo county's year of opinion reports: 44 reports from its members across every state — most
 * published in twelve issues of 《社情民意》 (two or three reports each, one a month so far this year),
 * some not adopted, some still with the office or a leader, a few drafts — with adoptions at every
 * level and a few leaders' instructions. Every date lies between January 1 and today, whenever the
 * demo is loaded. Loaded once: a committee that has reports already is left alone.
 */
@Component
@Order(50)
class DemoOpinions implements DemoData {

  static final String COMMITTEE = "政协云溪县委员会";

  /** Titles of the reports; the first {@link #PUBLISHED} are published, in order. */
  private static final String[] TITLES = {
    "关于加快农村互助幸福院建设的建议",
    "关于解决城区学校周边交通拥堵问题的建议",
    "关于加强农村饮用水安全保障的建议",
    "关于支持食用菌产业提质增效的建议",
    "关于完善县域医共体建设的建议",
    "关于规范城区占道经营的建议",
    "关于加强留守儿童心理关爱的建议",
    "关于推动茶产业品牌化发展的建议",
    "关于提升乡镇卫生院服务能力的建议",
    "关于加快老旧小区改造进度的建议",
    "关于优化营商环境减少涉企检查的建议",
    "关于加强耕地撂荒治理的建议",
    "关于完善农村生活垃圾收运体系的建议",
    "关于发展乡村旅游民宿的建议",
    "关于加强中小学课后服务的建议",
    "关于推进电动自行车充电设施建设的建议",
    "关于保护传统村落的建议",
    "关于支持返乡创业人员的建议",
    "关于加强河道采砂管理的建议",
    "关于提高基层医务人员待遇的建议",
    "关于完善城区停车设施的建议",
    "关于推动农产品冷链物流发展的建议",
    "关于加强养老机构消防安全的建议",
    "关于改善县城公共厕所管理的建议",
    "关于加大职业教育投入的建议",
    "关于规范农村建房审批的建议",
    "关于防范电信网络诈骗的建议",
    "关于推进秸秆综合利用的建议",
    "关于加强校外培训机构监管的建议",
    "关于完善县乡客运班线的建议",
    "关于解决农民工工资拖欠问题的建议",
    "关于加强地质灾害隐患点监测的建议",
    "关于提升县城夜间经济活力的建议",
    "关于保障残疾人就业的建议",
    "关于加快数字乡村建设的建议",
    "关于改进便民服务中心窗口服务的建议",
    "关于加强城区绿化养护的建议",
    "关于推动中药材种植规范化的建议",
    "关于治理农村婚丧大操大办的建议",
    "关于加强预制菜食品安全监管的建议",
    "关于完善村级公益岗位管理的建议",
    "关于提高农村公路养护水平的建议",
    "关于建设县城全民健身场地的建议",
    "关于规范物业服务收费的建议"
  };

  /** How many reports each of the twelve issues compiles: 28 in all. */
  private static final int[] ISSUES = {2, 3, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2};

  private static final int PUBLISHED = 28;

  /** After the published: signed off, reviewed, edited, not adopted, submitted, saved. */
  private static final String[] LATER = {
    "SIGNED_OFF", "SIGNED_OFF", "REVIEWED", "REVIEWED", "EDITED", "EDITED", "NOT_ADOPTED",
    "NOT_ADOPTED", "NOT_ADOPTED", "NOT_ADOPTED", "NOT_ADOPTED", "SUBMITTED", "SUBMITTED", "SAVED",
    "SAVED", "SUBMITTED"
  };

  /** Adoptions of published reports (by their position): level and body. */
  private static final Object[][] ADOPTIONS = {
    {0, AdoptionLevel.COUNTY, "中共云溪县委办公室"},
    {1, AdoptionLevel.COUNTY, "云溪县人民政府办公室"},
    {3, AdoptionLevel.CITY, "市政协办公室"},
    {4, AdoptionLevel.COUNTY, "云溪县卫生健康局"},
    {6, AdoptionLevel.PROVINCE, "省政协办公厅"},
    {7, AdoptionLevel.CITY, "市政协办公室"},
    {10, AdoptionLevel.COUNTY, "云溪县人民政府办公室"},
    {12, AdoptionLevel.COUNTY, "中共云溪县委办公室"},
    {15, AdoptionLevel.CITY, "市委办公室"},
    {18, AdoptionLevel.PROVINCE, "省政协办公厅"},
    {21, AdoptionLevel.NATIONAL, "全国政协办公厅"},
    {24, AdoptionLevel.COUNTY, "云溪县人民政府办公室"}
  };

  /** Leaders' instructions on published reports: level, leader, text. */
  private static final Object[][] INSTRUCTIONS = {
    {0, AdoptionLevel.COUNTY, "县委书记", "请民政局会同各镇研究落实，年内新建互助幸福院10所。"},
    {3, AdoptionLevel.CITY, "副市长", "请市农业农村局调研支持。"},
    {6, AdoptionLevel.PROVINCE, "副省长", "请省教育厅、省民政厅认真研究。"},
    {10, AdoptionLevel.COUNTY, "县长", "请县营商办牵头，梳理涉企检查事项清单。"}
  };

  private final Registers registers;
  private final OpinionReports reports;
  private final Bulletins bulletins;
  private final Adoptions adoptions;
  private final Committees committees;
  private final SystemActor system;
  private final JdbcClient jdbc;
  private final Clock clock;

  DemoOpinions(
      Registers registers,
      OpinionReports reports,
      Bulletins bulletins,
      Adoptions adoptions,
      Committees committees,
      SystemActor system,
      JdbcClient jdbc,
      Clock clock) {
    this.registers = registers;
    this.reports = reports;
    this.bulletins = bulletins;
    this.adoptions = adoptions;
    this.committees = committees;
    this.system = system;
    this.jdbc = jdbc;
    this.clock = clock;
  }

  @Override
  public void load() {
    Long committee = committees.named(COMMITTEE).orElse(null);
    if (committee == null
        || count("select count(*) from opinion_report where committee_id = :c", committee) > 0
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
    LocalDate start = LocalDate.of(today.getYear(), 1, 1);
    long span = ChronoUnit.DAYS.between(start, today);
    List<Long> members =
        jdbc.sql(
                "select id from member where committee_id = :c and party_group = false order by id")
            .param("c", committee)
            .query(Long.class)
            .list();
    long[] ids = new long[TITLES.length];
    for (int i = 0; i < TITLES.length; i++) {
      long lead = members.get((i * 7) % members.size());
      Map<String, List<String>> input = new HashMap<>();
      input.put("title", List.of(TITLES[i]));
      input.put("content", List.of(content(TITLES[i])));
      input.put("leadMemberId", List.of(Long.toString(lead)));
      if (i % 5 == 0) {
        input.put("coAuthors", List.of(Long.toString(members.get((i * 7 + 3) % members.size()))));
      }
      ids[i] = registers.create(OpinionReports.REGISTER, input).id();
    }
    // Published: issue k (0–11) out at (k + 1) / 12 of the year so far; its reports submitted
    // three weeks before.
    int next = 0;
    LocalDate[] published = new LocalDate[PUBLISHED];
    for (int k = 0; k < ISSUES.length; k++) {
      LocalDate out = start.plusDays(span * (k + 1) / ISSUES.length);
      long issue = bulletins.create(null, today.getYear());
      for (int r = 0; r < ISSUES[k]; r++) {
        long id = ids[next];
        LocalDate submitted = out.minusDays(21 - r).isBefore(start) ? start : out.minusDays(21 - r);
        moveTo(id, "SIGNED_OFF", submitted);
        bulletins.compile(issue, id);
        published[next] = out;
        next++;
      }
      bulletins.publish(issue, out);
    }
    for (int i = PUBLISHED; i < TITLES.length; i++) {
      LocalDate submitted =
          start.plusDays(span * (i - PUBLISHED + 1) / (TITLES.length - PUBLISHED + 1));
      moveTo(ids[i], LATER[i - PUBLISHED], submitted);
    }
    for (Object[] a : ADOPTIONS) {
      int at = (Integer) a[0];
      adoptions.adopt(
          OpinionStore.TABLE,
          ids[at],
          (AdoptionLevel) a[1],
          (String) a[2],
          after(published[at], today));
    }
    for (Object[] a : INSTRUCTIONS) {
      int at = (Integer) a[0];
      adoptions.instruct(
          OpinionStore.TABLE,
          ids[at],
          (AdoptionLevel) a[1],
          (String) a[2],
          (String) a[3],
          after(published[at], today).plusDays(0));
    }
  }

  private static LocalDate after(LocalDate published, LocalDate today) {
    LocalDate on = published.plusDays(12);
    return on.isAfter(today) ? today : on;
  }

  /** Moves a saved report along the road to {@code status}, submitted on {@code submitted}. */
  private void moveTo(long id, String status, LocalDate submitted) {
    if ("SAVED".equals(status)) {
      return;
    }
    reports.submit(id, submitted);
    if ("SUBMITTED".equals(status)) {
      return;
    }
    if ("NOT_ADOPTED".equals(status)) {
      reports.notAdopt(id, "与近期已报送信息内容重复，已合并处理。");
      return;
    }
    reports.edit(id, content(reports.get(id).title()) + "\n（经信息科编辑）");
    if ("EDITED".equals(status)) {
      return;
    }
    reports.review(id);
    if ("REVIEWED".equals(status)) {
      return;
    }
    reports.signOff(id);
  }

  private static String content(String title) {
    String topic = title.replace("关于", "").replace("的建议", "");
    return "近期，委员在走访调研中了解到，群众对"
        + topic
        + "反映较为集中。\n目前存在的主要问题：一是投入不足，二是统筹不够，三是长效机制尚未建立。\n建议：一要加强统筹规划，明确牵头部门；二要加大资金投入，整合各类项目；三要建立长效机制，定期督查评估。";
  }
}
