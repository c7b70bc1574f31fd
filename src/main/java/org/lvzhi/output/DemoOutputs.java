package org.lvzhi.output;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.lvzhi.organisation.Committees;
import org.lvzhi.register.Registers;
import org.lvzhi.system.DemoData;
import org.lvzhi.system.SystemActor;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The demo county's outputs for the year: every type, the plenary speeches with each use, and the
 * reflections after its trainings, reading sessions and research trips — eleven of them excellent,
 * as the seed article's "形成优秀学习心得体会、调研感言等10余篇" says — each linked to the activity it came from
 * where the demo has one, with a few adoptions of research reports. Dated between January 1 and
 * today. Loaded once: a committee with outputs is left alone.
 */
@Component
@Order(55)
class DemoOutputs implements DemoData {

  static final String COMMITTEE = "政协云溪县委员会";

  /** Type, title, speech use (or null), excellent, the category of the activity it came from. */
  private static final Object[][] OUTPUTS = {
    {"RESEARCH_REPORT", "关于我县食用菌产业发展情况的调研报告", null, false, "RESEARCH"},
    {"RESEARCH_REPORT", "关于农村养老服务体系建设的调研报告", null, false, "RESEARCH"},
    {"RESEARCH_REPORT", "关于县域营商环境的调研报告", null, false, "RESEARCH"},
    {"RESEARCH_REPORT", "关于城区老旧小区改造的调研报告", null, false, "INSPECTION"},
    {"SUGGESTION", "关于做好农村饮水安全工作的履职建言", null, false, null},
    {"SUGGESTION", "关于发展茶旅融合产业的履职建言", null, false, null},
    {"SUGGESTION", "关于加强县城停车管理的履职建言", null, false, null},
    {"SUGGESTION", "关于支持返乡创业的履职建言", null, false, null},
    {"SUGGESTION", "关于提升基层医疗服务的履职建言", null, false, null},
    {"SPEECH", "凝心聚力推动县域经济高质量发展", "WRITTEN", false, "PLENARY"},
    {"SPEECH", "以乡村振兴为抓手促进农民增收", "WRITTEN", false, "PLENARY"},
    {"SPEECH", "办好人民满意的教育", "ORAL", false, "PLENARY"},
    {"SPEECH", "织密基层医疗卫生服务网", "ORAL", false, "PLENARY"},
    {"SPEECH", "推进文旅融合发展", "ORAL", false, "PLENARY"},
    {"SPEECH", "加强生态环境保护", "NOT_USED", false, "PLENARY"},
    {"CONSULTATION_MINUTES", "城区交通治理专题协商会纪要", null, false, "CONSULTATION"},
    {"CONSULTATION_MINUTES", "农村人居环境整治对口协商会纪要", null, false, "CONSULTATION"},
    {"CONSULTATION_MINUTES", "营商环境界别协商会纪要", null, false, "CONSULTATION"},
    {"SUPERVISION_REPORT", "关于重点项目建设情况的民主监督报告", null, false, "SUPERVISION"},
    {"SUPERVISION_REPORT", "关于农村饮水安全工程的民主监督报告", null, false, "SUPERVISION"},
    {"SUPERVISION_REPORT", "关于义务教育“双减”落实情况的民主监督报告", null, false, "SUPERVISION"},
    {"REFLECTION", "学习习近平新时代中国特色社会主义思想的心得体会", null, true, "TRAINING"},
    {"REFLECTION", "参加委员履职能力培训的体会", null, true, "TRAINING"},
    {"REFLECTION", "书香政协读书活动心得", null, true, "READING"},
    {"REFLECTION", "读《习近平谈治国理政》有感", null, true, "READING"},
    {"REFLECTION", "学习人民政协理论的心得体会", null, true, "TRAINING"},
    {"REFLECTION", "专题培训学习心得", null, true, "TRAINING"},
    {"REFLECTION", "读书活动交流发言", null, false, "READING"},
    {"REFLECTION", "学习全国两会精神的体会", null, false, "TRAINING"},
    {"RESEARCH_REFLECTION", "食用菌产业调研感言", null, true, "RESEARCH"},
    {"RESEARCH_REFLECTION", "走进乡村养老服务站的感言", null, true, "RESEARCH"},
    {"RESEARCH_REFLECTION", "企业走访调研感言", null, true, "RESEARCH"},
    {"RESEARCH_REFLECTION", "茶园调研有感", null, true, "RESEARCH"},
    {"RESEARCH_REFLECTION", "老旧小区调研感言", null, true, "INSPECTION"}
  };

  private final Registers registers;
  private final Adoptions adoptions;
  private final Committees committees;
  private final SystemActor system;
  private final JdbcClient jdbc;
  private final Clock clock;

  DemoOutputs(
      Registers registers,
      Adoptions adoptions,
      Committees committees,
      SystemActor system,
      JdbcClient jdbc,
      Clock clock) {
    this.registers = registers;
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
        || count("select count(*) from output where committee_id = :c", committee) > 0
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
        jdbc.sql("select id from member where committee_id = :c order by id")
            .param("c", committee)
            .query(Long.class)
            .list();
    for (int i = 0; i < OUTPUTS.length; i++) {
      Object[] spec = OUTPUTS[i];
      Map<String, List<String>> input = new HashMap<>();
      input.put("title", List.of((String) spec[1]));
      input.put("outputType", List.of((String) spec[0]));
      if (spec[2] != null) {
        input.put("speechUse", List.of((String) spec[2]));
      }
      input.put("authors", List.of(Long.toString(members.get((i * 5 + 2) % members.size()))));
      if ("CONSULTATION_MINUTES".equals(spec[0])) {
        input.put("staffAuthors", List.of("县政协办公室"));
      }
      input.put("excellent", List.of(Boolean.toString((Boolean) spec[3])));
      LocalDate on = start.plusDays(span * (i + 1) / (OUTPUTS.length + 1));
      if (spec[4] != null) {
        Object[] activity = activity(committee, (String) spec[4], i, today);
        if (activity != null) {
          input.put("activityId", List.of(activity[0].toString()));
          LocalDate held = (LocalDate) activity[1];
          on = held.plusDays(3).isAfter(today) ? today : held.plusDays(3);
        }
      }
      input.put("outputOn", List.of(on.toString()));
      input.put("body", List.of(spec[1] + "。\n（正文略）"));
      long id = registers.create(OutputRegisters.REGISTER, input).id();
      if (i == 0 || i == 1) {
        LocalDate adopted = on.plusDays(20).isAfter(today) ? today : on.plusDays(20);
        adoptions.adopt(
            OutputRegisters.TABLE,
            id,
            i == 0 ? AdoptionLevel.CITY : AdoptionLevel.COUNTY,
            i == 0 ? "市委政策研究室" : "云溪县人民政府办公室",
            adopted);
      }
    }
  }

  /** The demo's past activities of a category, the {@code n}th (round the list): id and date. */
  private Object[] activity(long committee, String category, int n, LocalDate today) {
    List<Object[]> held =
        jdbc.sql(
                "select a.id, a.starts_at from activity a join activity_type t on t.id = a.type_id"
                    + " where a.committee_id = :c and t.category = :cat and a.starts_at < :now"
                    + " and a.cancelled = false order by a.starts_at, a.id")
            .param("c", committee)
            .param("cat", category)
            .param("now", today.atStartOfDay().plusDays(1))
            .query(
                (rs, i) ->
                    new Object[] {
                      rs.getLong(1), rs.getObject(2, LocalDateTime.class).toLocalDate()
                    })
            .list();
    return held.isEmpty() ? null : held.get(n % held.size());
  }
}
