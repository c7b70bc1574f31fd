package org.lvzhi.publicity;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.lvzhi.register.Registers;
import org.lvzhi.system.CommitteeDirectory;
import org.lvzhi.system.DemoData;
import org.lvzhi.system.SystemActor;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The demo counties' articles of the year. The first county's make the seed article's
 * "在省级主流报刊媒体中上稿20余篇" true by the end of June (22 provincial articles, some on the front page), with
 * a couple in the CPPCC's national media and more in the city's and county's; the second county has
 * a handful. Dates are never after today. Loaded once: a county with articles is left alone.
 */
@Component
@Order(60)
class DemoPublicity implements DemoData {

  /** An article: the outlet's name, month and day, title, front page, a link. */
  private record Article(String outlet, int month, int day, String title, boolean front) {}

  private static final String PROVINCIAL_PAPER = "陕西日报";
  private static final String GJDB = "各界导报";
  private static final String GJ_SITE = "各界新闻网";

  private final Registers registers;
  private final SystemActor system;
  private final JdbcClient jdbc;
  private final CommitteeDirectory committees;
  private final StandardOutlets outlets;
  private final Clock clock;

  DemoPublicity(
      Registers registers,
      SystemActor system,
      JdbcClient jdbc,
      CommitteeDirectory committees,
      StandardOutlets outlets,
      Clock clock) {
    this.registers = registers;
    this.system = system;
    this.jdbc = jdbc;
    this.committees = committees;
    this.outlets = outlets;
    this.clock = clock;
  }

  @Override
  public void load() {
    load("政协云溪县委员会", yunxi(), "云州日报");
    load("政协云岭县委员会", yunling(), "云州日报");
  }

  private void load(String name, List<Article> articles, String cityPaper) {
    Long committee = committees.named(name).orElse(null);
    if (committee == null
        || jdbc.sql("select count(*) from publicity_article where committee_id = :c")
                .param("c", committee)
                .query(Long.class)
                .single()
            > 0) {
      return;
    }
    // The demo renames and places its counties after start-up: their regions' outlets come now.
    outlets.setUp(committee);
    outlets.standardFor(committee).forEach(outlet -> outlets.add(committee, outlet));
    outlets.add(
        committee,
        new StandardOutlets.Outlet(
            cityPaper, PublicityCodes.Tier.CITY, PublicityCodes.Kind.NEWSPAPER));
    List<Long> members =
        ids("select id from member where committee_id = :c order by id", committee);
    List<Long> activities =
        ids(
            "select id from activity where committee_id = :c and cancelled = false"
                + " order by starts_at, id",
            committee);
    Long ownMember =
        jdbc.sql("select member_id from account where username = 'member' and committee_id = :c")
            .param("c", committee)
            .query(Long.class)
            .optional()
            .orElse(null);
    system.runIn(
        committee,
        () -> {
          for (int i = 0; i < articles.size(); i++) {
            create(articles.get(i), i, members, activities, ownMember);
          }
        });
  }

  private void create(
      Article article, int i, List<Long> members, List<Long> activities, Long ownMember) {
    LocalDate today = LocalDate.now(clock);
    LocalDate day = LocalDate.of(today.getYear(), article.month(), article.day());
    Map<String, List<String>> input = new HashMap<>();
    input.put("title", List.of(article.title()));
    input.put("outletId", List.of(article.outlet()));
    input.put("publishedOn", List.of((day.isAfter(today) ? today : day).toString()));
    input.put("frontPage", List.of(Boolean.toString(article.front())));
    List<String> authors = new ArrayList<>();
    if (!members.isEmpty()) {
      authors.add(members.get((i * 7) % members.size()).toString());
    }
    if (ownMember != null && i % 4 == 0) {
      authors.add(ownMember.toString());
    }
    input.put("members", authors.stream().distinct().toList());
    if (i % 3 == 0) {
      input.put("staffAuthors", List.of("县政协办公室宣传信息股"));
    }
    if (article.outlet().endsWith("网") || article.outlet().contains("网站")) {
      input.put("link", List.of("https://news.example.cn/zx/" + day.getYear() + "/" + (1000 + i)));
    }
    if (!activities.isEmpty() && i % 2 == 0) {
      input.put("activityId", List.of(activities.get(i % activities.size()).toString()));
    }
    registers.create(PublicityRegisters.ARTICLES, input);
  }

  private List<Long> ids(String sql, long committee) {
    return jdbc.sql(sql).param("c", committee).query(Long.class).list();
  }

  /** 22 provincial articles in the first half, four more after; two central; city and county. */
  private static List<Article> yunxi() {
    List<Article> list = new ArrayList<>();
    String[] provincial = {
      "云溪县政协：聚焦项目建设年 助力县域经济高质量发展",
      "云溪政协委员赴福建考察学习招商引资经验",
      "云溪县政协开展营商环境民主监督",
      "书香政协：云溪县政协委员共读《之江新语》",
      "云溪县政协召开食用菌产业发展专题协商会",
      "云溪县政协助推两个包抓项目加快建设",
      "委员走进企业 解难题优服务",
      "云溪县政协赴江苏、山东招商推介",
      "云溪县政协开展干部作风能力提升年专题培训",
      "一份提案推动城区停车难问题解决",
      "云溪县政协组织委员视察重点项目",
      "云溪县政协：请进来 走出去 招商引资见实效",
      "茶产业提质增效的云溪答卷",
      "云溪县政协委员建言乡村振兴",
      "云溪县政协开展“委员进社区”活动",
      "云溪县政协全会期间委员热议营商环境",
      "云溪县政协深化民主监督 推动问题整改",
      "云溪县政协委员返乡创业带动群众增收",
      "云溪县政协赴四川考察文旅康养项目",
      "凝心聚力 云溪政协助力“三个年”活动",
      "云溪县政协专题调研农村饮水安全",
      "云溪县政协召开上半年工作推进会"
    };
    String[] provincialOutlets = {PROVINCIAL_PAPER, GJDB, GJDB, GJ_SITE};
    for (int i = 0; i < provincial.length; i++) {
      list.add(
          new Article(
              provincialOutlets[i % provincialOutlets.length],
              1 + i * 6 / provincial.length,
              3 + (i * 5) % 25,
              provincial[i],
              i % 7 == 0));
    }
    list.add(new Article(GJDB, 7, 18, "云溪县政协助力石材产业转型升级", false));
    list.add(new Article(PROVINCIAL_PAPER, 8, 22, "云溪：委员工作室里的民生答卷", true));
    list.add(new Article(GJ_SITE, 9, 15, "云溪县政协开展冷链物流专题视察", false));
    list.add(new Article(GJDB, 10, 20, "云溪县政协“书香政协”建设走深走实", false));
    list.add(new Article("人民政协报", 5, 16, "陕西云溪：政协委员当好招商引资“联络员”", false));
    list.add(new Article("人民政协网", 9, 8, "云溪县政协民主监督助推营商环境优化", false));
    String[] city = {
      "云溪县政协赴外地招商推介纪实",
      "云溪县政协委员助推特色产业发展",
      "云溪县政协开展专题协商",
      "云溪政协委员履职故事",
      "云溪县政协视察重点项目建设",
      "云溪县政协召开常委会议"
    };
    for (int i = 0; i < city.length; i++) {
      list.add(new Article(i % 2 == 0 ? "云州日报" : "云州市融媒体中心", 2 + i * 2, 10 + i, city[i], i == 0));
    }
    String[] county = {
      "县政协召开十届二次会议", "县政协开展“请进来”招商活动", "县政协委员共读一本书", "县政协组织委员视察民生实事",
      "县政协召开营商环境座谈会", "县政协开展民主监督回头看", "县政协举办委员履职培训班", "县政协开展送温暖活动"
    };
    String[] countyOutlets = {"云溪县融媒体中心", "本会门户网站", "本会微信公众号"};
    for (int i = 0; i < county.length; i++) {
      list.add(
          new Article(
              countyOutlets[i % countyOutlets.length],
              1 + i * 10 / county.length,
              8 + i,
              county[i],
              false));
    }
    return list;
  }

  private static List<Article> yunling() {
    return List.of(
        new Article(GJDB, 3, 12, "云岭县政协助推竹木产业发展", false),
        new Article(PROVINCIAL_PAPER, 6, 6, "云岭高山茶园里的委员身影", false),
        new Article("云州日报", 4, 20, "云岭县政协开展招商引资专题调研", false),
        new Article("云岭县融媒体中心", 5, 9, "云岭县政协召开专题协商会", true),
        new Article("本会微信公众号", 7, 1, "云岭县政协委员履职风采", false));
  }
}
