package org.lvzhi.proposal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The similar-proposals lookup over 50 000 proposals (docs/benchmarks.md says how to run it): the
 * proposals are generated deterministically from county-policy phrases into an in-memory H2 on the
 * real schema; each lookup is what a page asks — the database fingerprint check, then the search —
 * timed after a warm-up; the p50 / p99 are printed. A main, not a test: timings do not belong in
 * unit tests.
 */
final class SimilarProposalsBenchmark {

  private static final String[][] TOPICS = {
    {"停车", "县城停车位不足", "车辆乱停乱放", "建设公共停车场", "推行错时共享停车", "智慧停车收费"},
    {"养老", "老龄化程度加深", "空巢独居老人增多", "建设日间照料中心", "助餐助浴上门服务", "养老护理人员短缺"},
    {"学前教育", "农村幼儿园教师不足", "保教质量不高", "核定幼儿园编制", "提高幼儿教师待遇", "普惠性幼儿园"},
    {"垃圾分类", "生活垃圾产生量增加", "分类投放意识薄弱", "建设餐厨垃圾处理中心", "积分奖励机制", "末端处理能力不足"},
    {"集体经济", "村级集体经济薄弱", "空壳村", "盘活闲置集体资产", "发展物业经济", "乡村旅游"},
    {"急诊", "急诊科床位紧张", "胸痛中心建设滞后", "完善乡镇急救站点", "负压救护车", "急救转运时间长"},
    {"近视防控", "中小学生近视率高", "户外活动时间少", "定期视力筛查", "改善教室采光", "控制电子产品使用"},
    {"营商环境", "民营企业融资难", "审批环节多", "一网通办", "应急转贷资金", "惠企政策直达"},
    {"传统村落", "古建筑年久失修", "村落空心化", "保护专项资金", "发展民宿", "培养传统工匠"},
    {"饮用水", "水源保护不力", "供水管网老化", "城乡供水一体化", "水质检测", "季节性缺水"},
    {"电子商务", "电商站点运营困难", "物流配送成本高", "三级物流体系", "农产品网络品牌", "电商技能培训"},
    {"河道治理", "河道淤积严重", "生活污水直排", "清淤疏浚", "截污管网", "滨河生态廊道"},
    {"公共交通", "公交线路覆盖不足", "发车间隔长", "开通园区通勤专线", "电子站牌", "新建小区不通公交"},
    {"食品安全", "集体聚餐隐患", "校园周边小摊点", "基层监管力量薄弱", "聚餐备案制度", "专项整治"},
    {"高标准农田", "水利设施老化", "田块细碎", "机耕道路不畅", "建后管护机制", "整合涉农资金"},
    {"老旧小区", "基础设施陈旧", "加装电梯", "物业管理缺失", "水电气管网改造", "健身场地不足"},
    {"人才振兴", "青壮年人才外流", "乡村干部老化", "人才回引计划", "新型职业农民培训", "人才激励政策"},
    {"全域旅游", "旅游资源分散", "景区设施薄弱", "精品旅游线路", "旅游厕所", "宣传推介不够"},
    {"基层医疗", "乡镇卫生院人员短缺", "村医待遇偏低", "订单定向医学生", "县乡医务人员轮岗", "远程医疗"},
    {"充电桩", "新能源汽车增多", "充电设施不足", "建设公共充电站", "小区充电桩进场难", "充电收费规范"},
  };

  private static final String[] PLACES = {
    "城关镇", "青石镇", "柳河乡", "白沙镇", "龙潭乡", "东山街道", "西湖社区", "高新园区", "南门村", "北坪村"
  };

  private static final String[] GENERAL = {
    "群众反映强烈", "相关部门协调不够", "资金投入不足", "政策落实不到位", "建立长效机制", "加大财政投入",
    "明确部门职责", "加强督促检查", "开展专项调研", "借鉴先进地区经验", "统筹规划布局", "鼓励社会资本参与"
  };

  private SimilarProposalsBenchmark() {}

  public static void main(String[] args) {
    int proposals = args.length > 0 ? Integer.parseInt(args[0]) : 50_000;
    int lookups = args.length > 1 ? Integer.parseInt(args[1]) : 1_000;
    DataSource data =
        new DriverManagerDataSource(
            "jdbc:h2:mem:bench-"
                + UUID.randomUUID()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
            "sa",
            "");
    Flyway.configure().dataSource(data).locations("classpath:db/migration").load().migrate();
    JdbcClient jdbc = JdbcClient.create(data);
    long committee = jdbc.sql("select min(id) from committee").query(Long.class).single();
    long start = System.nanoTime();
    generate(new JdbcTemplate(data), committee, proposals);
    System.out.printf("generated %d proposals in %d ms%n", proposals, millis(start));

    SimilarityIndex index = new SimilarityIndex(new ProposalTexts(jdbc));
    start = System.nanoTime();
    index.refresh(committee);
    System.out.printf("built the index in %d ms%n", millis(start));

    Random random = new Random(7);
    List<String[]> queries = new ArrayList<>();
    for (int i = 0; i < 200 + lookups; i++) {
      queries.add(proposal(random));
    }
    for (int i = 0; i < 200; i++) {
      index.similar(committee, queries.get(i)[0], queries.get(i)[1] + queries.get(i)[2], null, 5);
    }
    long[] times = new long[lookups];
    for (int i = 0; i < lookups; i++) {
      String[] q = queries.get(200 + i);
      long t = System.nanoTime();
      List<SimilarityIndex.Hit> hits = index.similar(committee, q[0], q[1] + q[2], null, 5);
      times[i] = System.nanoTime() - t;
      if (hits.isEmpty()) {
        throw new IllegalStateException("a lookup found nothing");
      }
    }
    report("lookups (fingerprint check + search)", times, proposals);
    ProposalTexts texts = new ProposalTexts(jdbc);
    for (int i = 0; i < lookups; i++) {
      long t = System.nanoTime();
      texts.fingerprint(committee);
      times[i] = System.nanoTime() - t;
    }
    report("fingerprint checks alone", times, proposals);
  }

  private static void report(String what, long[] times, int proposals) {
    Arrays.sort(times);
    int n = times.length;
    System.out.printf(
        "%d %s over %d proposals: p50 %.1f ms, p99 %.1f ms, max %.1f ms%n",
        n, what, proposals, times[n / 2] / 1e6, times[(int) (n * 0.99)] / 1e6, times[n - 1] / 1e6);
  }

  private static void generate(JdbcTemplate jdbc, long committee, int count) {
    Random random = new Random(42);
    List<Object[]> batch = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      String[] p = proposal(random);
      batch.add(new Object[] {committee, p[0], p[1], p[2]});
      if (batch.size() == 1000 || i == count - 1) {
        jdbc.batchUpdate(
            "insert into proposal (committee_id, kind, subject, situation, suggestions, status,"
                + " drafted_by, overdue) values (?, 'INDIVIDUAL', ?, ?, ?, 'CLOSED', 'bench', false)",
            batch);
        batch.clear();
      }
    }
  }

  /** Subject, situation and suggestions of one generated proposal. */
  private static String[] proposal(Random random) {
    String[] topic = TOPICS[random.nextInt(TOPICS.length)];
    String place = PLACES[random.nextInt(PLACES.length)];
    String subject = "关于" + place + topic[0] + pick(topic, random) + "的建议";
    StringBuilder situation = new StringBuilder(place);
    for (int i = 0; i < 8; i++) {
      situation
          .append(pick(topic, random))
          .append('，')
          .append(GENERAL[random.nextInt(GENERAL.length)])
          .append('。');
    }
    StringBuilder suggestions = new StringBuilder();
    for (int i = 0; i < 6; i++) {
      suggestions
          .append(i + 1)
          .append("是")
          .append(pick(topic, random))
          .append("，")
          .append(GENERAL[random.nextInt(GENERAL.length)])
          .append("；");
    }
    return new String[] {subject, situation.toString(), suggestions.toString()};
  }

  private static String pick(String[] topic, Random random) {
    return topic[1 + random.nextInt(topic.length - 1)];
  }

  private static long millis(long since) {
    return (System.nanoTime() - since) / 1_000_000;
  }
}
