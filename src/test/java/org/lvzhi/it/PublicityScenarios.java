package org.lvzhi.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.lvzhi.system.Role.MEMBER;
import static org.lvzhi.system.Role.STAFF;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.lvzhi.metric.MetricCatalogue;
import org.lvzhi.metric.MetricQuery;
import org.lvzhi.system.Role;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Publicity through the API: outlets with their tier (seeded for a new committee, unique by name),
 * articles whose tier is read from the outlet (filtered and following a corrected outlet), the link
 * and date checks (400 naming the field, nothing saved), the metric by tier, outlet, front page,
 * member, period (both days included) and committee, the statistics by tier and month with their
 * Excel file, the member's duty record, and the role × endpoint matrix with the member's own and
 * another's article. On H2 ({@link PublicityH2Test}) and PostgreSQL ({@link
 * PublicityPostgresTest}).
 *
 * <p>The demo loads the current year; each test works in a past year of its own: 2001 tiers and
 * filters, 2002 metrics, 2003 statistics, 2004 duty record, 2005 the matrix.
 */
abstract class PublicityScenarios extends IntegrationTestSupport {

  private static final String OUTLETS = "/api/v1/publicity-outlets";
  private static final String ARTICLES = "/api/v1/publicity-articles";
  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  @Autowired MetricCatalogue metrics;

  // ---- outlets ----

  @Test
  void aNewCommitteeStartsWithTheStandardOutletsAtTheirTiers() {
    long city = idOf("committee", "政协云州市委员会");
    String name = "政协测" + tag().substring(0, 4) + "县委员会";
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("name", name);
    body.put("level", "COUNTY");
    body.put("parentId", city);
    body.put("region", "测试县");
    body.put("adminUsername", "pub-" + tag());
    body.put("adminDisplayName", "首任管理员");
    Http.Response created = admin().postJson("/api/v1/admin/committees", body);
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    long committee = created.json().path("committeeId").asLong();
    List<String> outlets =
        jdbc.sql(
                "select name || ' ' || tier || ' ' || kind from publicity_outlet"
                    + " where committee_id = :c order by id")
            .param("c", committee)
            .query(String.class)
            .list();
    assertThat(outlets)
        .containsExactly(
            "人民政协报 CENTRAL NEWSPAPER",
            "人民政协网 CENTRAL WEBSITE",
            "陕西日报 PROVINCIAL NEWSPAPER",
            "各界导报 PROVINCIAL NEWSPAPER",
            "各界新闻网 PROVINCIAL WEBSITE",
            "云州市融媒体中心 CITY BROADCAST",
            "测试县融媒体中心 COUNTY BROADCAST",
            "本会门户网站 COUNTY WEBSITE",
            "本会微信公众号 COUNTY NEW_MEDIA");
    // The demo county has its own, and an outlet's name is unique within a committee only.
    assertThat(total("publicity-outlets", "q=人民政协报")).isEqualTo(1);
    Http.Response twice =
        as(STAFF)
            .postJson(OUTLETS, Map.of("name", "人民政协报", "tier", "CENTRAL", "kind", "NEWSPAPER"));
    assertThat(twice.status()).as(twice.toString()).isEqualTo(400);
    assertThat(twice.fieldErrors()).containsExactly(entry("name", "已有名为“人民政协报”的媒体。"));
  }

  // ---- the tier follows the outlet ----

  @Test
  void anArticleTakesItsTierFromItsOutletAndFollowsTheOutletWhenItsTierIsCorrected() {
    String t = tag();
    long paper = outlet("测试日报" + t, "PROVINCIAL");
    long site = outlet("测试网" + t, "COUNTY");
    Map<String, Object> body = article("稿件·级别" + t, paper, "2001-03-05");
    body.put("tier", "CENTRAL"); // never typed: read from the outlet
    JsonNode created = admin().postJson(ARTICLES, body).json();
    long id = created.path("id").asLong();
    assertThat(created.path("tier").asString()).isEqualTo("PROVINCIAL");
    created(admin().postJson(ARTICLES, article("稿件·县级" + t, site, "2001-03-06")));

    assertThat(total("publicity-articles", "q=" + t + "&f_tier=PROVINCIAL")).isEqualTo(1);
    assertThat(total("publicity-articles", "q=" + t + "&f_tier=COUNTY")).isEqualTo(1);
    assertThat(total("publicity-articles", "q=" + t + "&f_tier=CITY")).isZero();
    assertThat(total("publicity-articles", "q=" + t + "&f_outletId=" + site)).isEqualTo(1);
    assertThat(
            total(
                "publicity-articles",
                "q=" + t + "&f_publishedOn.from=2001-03-06&f_publishedOn.to=2001-03-06"))
        .isEqualTo(1);
    Http.Response sorted = admin().get(ARTICLES + "?q=" + t + "&sort=tier&dir=asc");
    assertThat(strings(sorted.json().path("rows"), "tier")).containsExactly("COUNTY", "PROVINCIAL");
    Http.Response unknown = admin().get(ARTICLES + "?f_tier=NATIONAL");
    assertThat(unknown.status()).as(unknown.toString()).isEqualTo(400);
    assertThat(unknown.fieldErrors()).containsKey("f_tier");

    // The outlet was a city paper after all: its articles follow without being touched.
    JsonNode outlet = admin().get(OUTLETS + "/" + paper).json();
    Map<String, Object> edit = new LinkedHashMap<>();
    edit.put("name", outlet.path("name").asString());
    edit.put("tier", "CITY");
    edit.put("kind", "NEWSPAPER");
    edit.put("version", outlet.path("version").asInt());
    assertThat(as(STAFF).putJson(OUTLETS + "/" + paper, edit).status()).isEqualTo(200);
    assertThat(admin().get(ARTICLES + "/" + id).json().path("tier").asString()).isEqualTo("CITY");
    assertThat(total("publicity-articles", "q=" + t + "&f_tier=CITY")).isEqualTo(1);
    assertThat(total("publicity-articles", "q=" + t + "&f_tier=PROVINCIAL")).isZero();

    // An outlet with articles is not deleted under them.
    JsonNode now = admin().get(OUTLETS + "/" + paper).json();
    Http.Response delete =
        as(STAFF).delete(OUTLETS + "/" + paper + "?version=" + now.path("version").asInt());
    assertThat(delete.status()).as(delete.toString()).isEqualTo(409);
  }

  @Test
  void theListExportHoldsWhatTheTierFilterShows() throws IOException {
    String t = tag();
    long paper = outlet("导出日报" + t, "PROVINCIAL");
    long county = outlet("导出县台" + t, "COUNTY");
    created(admin().postJson(ARTICLES, article("导出·省级" + t, paper, "2001-05-01")));
    created(admin().postJson(ARTICLES, article("导出·县级" + t, county, "2001-05-02")));
    Http.Response export = as(STAFF).get(ARTICLES + "/export.xlsx?q=" + t + "&f_tier=PROVINCIAL");
    assertThat(export.status()).as(export.toString()).isEqualTo(200);
    List<List<String>> rows = sheet(export.body(), 0);
    assertThat(rows).hasSize(2);
    List<String> header = rows.get(0);
    assertThat(rows.get(1).get(header.indexOf("稿件标题"))).isEqualTo("导出·省级" + t);
    assertThat(rows.get(1).get(header.indexOf("媒体级别"))).isEqualTo("省级");
    assertThat(rows.get(1).get(header.indexOf("刊发媒体"))).isEqualTo("导出日报" + t);
  }

  // ---- import ----

  @Test
  void articlesImportAllOrNothingWithTheOutletByNameAndTheTierReadFromIt() throws IOException {
    String t = tag();
    String outletName = "导入日报" + t;
    outlet(outletName, "PROVINCIAL");
    Http staff = as(STAFF);
    Http.Response template = staff.get(ARTICLES + "/import/template.xlsx");
    assertThat(template.status()).as(template.toString()).isEqualTo(200);
    List<String> header = sheet(template.body(), 0).get(0);
    assertThat(header).contains("稿件标题", "刊发媒体", "刊发日期", "链接").doesNotContain("媒体级别");

    Map<String, String> good = new LinkedHashMap<>();
    good.put("稿件标题", "导入·一" + t);
    good.put("刊发媒体", outletName);
    good.put("刊发日期", "2001-08-01");
    good.put("作者（机关干部等）", "县政协办公室");
    good.put("头版（头条）", "是");
    Map<String, String> badLink = new LinkedHashMap<>(good);
    badLink.put("稿件标题", "导入·二" + t);
    badLink.put("链接", "ftp://example.cn/2");
    Http.Response refused =
        staff.upload(ARTICLES + "/import", "上稿.csv", csv(header, good, badLink), Map.of());
    assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
    List<String> errors = joined(refused.json().path("errors"), "row", "column", "message");
    assertThat(errors).containsExactly("3 链接 “链接”须是以 http:// 或 https:// 开头的网址。");
    assertThat(total("publicity-articles", "q=" + t)).isZero();

    badLink.put("链接", "https://www.example.cn/2.html");
    Http.Response imported =
        staff.upload(ARTICLES + "/import", "上稿.csv", csv(header, good, badLink), Map.of());
    assertThat(imported.status()).as(imported.toString()).isEqualTo(200);
    assertThat(imported.json().path("imported").asInt()).isEqualTo(2);
    JsonNode rows = admin().get(ARTICLES + "?q=" + t + "&sort=title").json().path("rows");
    assertThat(joined(rows, "title", "tier", "frontPage", "publishedOn"))
        .containsExactly(
            "导入·一" + t + " PROVINCIAL true 2001-08-01", "导入·二" + t + " PROVINCIAL true 2001-08-01");
    // Every change is in the record's history, with who made it.
    long id = rows.get(0).path("id").asLong();
    assertThat(strings(admin().get(ARTICLES + "/" + id + "/history").json(), "actor"))
        .contains("it-staff");
  }

  @SafeVarargs
  private static byte[] csv(List<String> header, Map<String, String>... rows) {
    StringBuilder text = new StringBuilder(String.join(",", header)).append("\n");
    for (Map<String, String> row : rows) {
      text.append(String.join(",", header.stream().map(h -> row.getOrDefault(h, "")).toList()))
          .append("\n");
    }
    return text.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
  }

  // ---- validation ----

  @Test
  void aLinkThatIsNoWebAddressADateAheadAndNoAuthorAreRefusedNamingTheFieldAndNothingIsSaved() {
    String t = tag();
    long paper = outlet("校验日报" + t, "PROVINCIAL");
    for (String link :
        List.of("ftp://example.cn/a", "javascript:alert(1)", "www.example.cn", "http://")) {
      Map<String, Object> body = article("校验·链接" + t, paper, "2001-06-01");
      body.put("link", link);
      Http.Response refused = as(STAFF).postJson(ARTICLES, body);
      assertThat(refused.status()).as("%s: %s", link, refused).isEqualTo(400);
      assertThat(refused.fieldErrors())
          .as(link)
          .containsExactly(entry("link", "“链接”须是以 http:// 或 https:// 开头的网址。"));
    }
    LocalDate tomorrow = LocalDate.now(SHANGHAI).plusDays(1);
    Http.Response ahead =
        as(STAFF).postJson(ARTICLES, article("校验·日期" + t, paper, tomorrow.toString()));
    assertThat(ahead.status()).as(ahead.toString()).isEqualTo(400);
    assertThat(ahead.fieldErrors()).containsOnlyKeys("publishedOn");
    Map<String, Object> nobody = article("校验·作者" + t, paper, "2001-06-01");
    nobody.remove("staffAuthors");
    Http.Response anonymous = as(STAFF).postJson(ARTICLES, nobody);
    assertThat(anonymous.status()).as(anonymous.toString()).isEqualTo(400);
    assertThat(anonymous.fieldErrors())
        .containsExactly(entry("members", "请填写作者：选择委员，或填写机关干部等作者姓名。"));
    assertThat(total("publicity-articles", "q=" + t)).isZero();

    Map<String, Object> good = article("校验·通过" + t, paper, "2001-06-01");
    good.put("link", "https://www.example.cn/news/2001/0601.html");
    assertThat(created(as(STAFF).postJson(ARTICLES, good))).isPositive();
  }

  // ---- metrics ----

  @Test
  void theMetricCountsByTierOutletFrontPageMemberAndPeriodInTheQueriedCommitteeOnly() {
    String t = tag();
    long provincial = outlet("指标日报" + t, "PROVINCIAL");
    long city = outlet("指标市报" + t, "CITY");
    long own = ownMemberId();
    long first = created(admin().postJson(ARTICLES, article("指标·一" + t, provincial, "2002-01-01")));
    Map<String, Object> front = article("指标·二" + t, provincial, "2002-06-30");
    front.put("frontPage", true);
    front.put("members", List.of(own));
    created(admin().postJson(ARTICLES, front));
    created(admin().postJson(ARTICLES, article("指标·三" + t, city, "2002-07-01")));
    created(admin().postJson(ARTICLES, article("指标·前一年" + t, provincial, "2001-12-31")));

    String half = "from=2002-01-01&to=2002-06-30";
    JsonNode byTier = metric(half + "&tier=PROVINCIAL&outlet=" + provincial + "," + city);
    assertThat(byTier.path("value").asInt()).isEqualTo(2);
    assertThat(strings(byTier.path("sources"), "label")).containsExactly("指标·一" + t, "指标·二" + t);
    assertThat(strings(byTier.path("sources"), "href"))
        .first()
        .isEqualTo("/registry/publicity-articles/" + first);
    assertThat(metric(half + "&outlet=" + provincial + "&frontPage=true").path("value").asInt())
        .isEqualTo(1);
    assertThat(metric("from=2002-01-01&to=2002-12-31&outlet=" + city).path("value").asInt())
        .isEqualTo(1);
    assertThat(metric(half + "&outlet=" + city).path("value").asInt()).isZero();
    assertThat(
            metric(
                    "from=2002-01-01&to=2002-12-31&tier=CITY,PROVINCIAL&outlet="
                        + provincial
                        + ","
                        + city)
                .path("value")
                .asInt())
        .isEqualTo(3);
    assertThat(metric("from=2002-06-30&to=2002-07-01&member=" + own).path("value").asInt())
        .isEqualTo(1);

    // Another committee's figure does not see these articles.
    MetricQuery year = MetricQuery.year(demoCommitteeId(), 2002, Map.of("outlet", "" + provincial));
    assertThat(metrics.compute("publicity.articles", year).value()).isEqualByComparingTo("2");
    long other = idOf("committee", "政协云岭县委员会");
    assertThat(metrics.compute("publicity.articles", year.in(other)).value()).isZero();
  }

  // ---- statistics ----

  @Test
  void theStatisticsCountTheYearByTierAndMonthWithTotalsOnThePageTheApiAndTheExcelFile()
      throws IOException {
    String t = tag();
    long central = outlet("统计央媒" + t, "CENTRAL");
    long provincial = outlet("统计省报" + t, "PROVINCIAL");
    long county = outlet("统计县台" + t, "COUNTY");
    created(admin().postJson(ARTICLES, article("统计·1" + t, central, "2003-01-31")));
    created(admin().postJson(ARTICLES, article("统计·2" + t, provincial, "2003-03-01")));
    created(admin().postJson(ARTICLES, article("统计·3" + t, provincial, "2003-03-31")));
    created(admin().postJson(ARTICLES, article("统计·4" + t, county, "2003-12-31")));
    created(admin().postJson(ARTICLES, article("统计·次年" + t, county, "2004-01-01")));

    JsonNode table = as(STAFF).get("/api/v1/publicity/statistics?year=2003").json();
    List<String> lines = new ArrayList<>();
    table.path("lines").values().forEach(line -> lines.add(line(line)));
    assertThat(lines)
        .containsExactly(
            "CENTRAL 1,0,0,0,0,0,0,0,0,0,0,0 = 1",
            "PROVINCIAL 0,0,2,0,0,0,0,0,0,0,0,0 = 2",
            "CITY 0,0,0,0,0,0,0,0,0,0,0,0 = 0",
            "COUNTY 0,0,0,0,0,0,0,0,0,0,0,1 = 1");
    assertThat(line(table.path("total"))).isEqualTo("  1,0,2,0,0,0,0,0,0,0,0,1 = 4");
    assertThat(as(MEMBER).get("/api/v1/publicity/statistics?year=2003").status()).isEqualTo(403);
    assertThat(as(STAFF).get("/api/v1/publicity/statistics?year=1800").status()).isEqualTo(400);

    String page = browserAs(STAFF).get("/publicity/statistics?year=2003").text();
    assertThat(page).contains("上稿统计 · 2003", "id=\"publicity-statistics\"", "省级", "合计");

    Http.Response excel = browserAs(STAFF).get("/publicity/statistics.xlsx?year=2003");
    assertThat(excel.status()).as(excel.toString()).isEqualTo(200);
    assertThat(excel.headers().firstValue("Content-Disposition").orElse("")).contains("2003.xlsx");
    List<List<String>> rows = sheet(excel.body(), 0);
    assertThat(rows.get(0)).startsWith("媒体级别", "1月", "2月").endsWith("合计");
    assertThat(rows.get(2))
        .containsExactly("省级", "0", "0", "2", "0", "0", "0", "0", "0", "0", "0", "0", "0", "2");
    assertThat(rows.get(5))
        .containsExactly("合计", "1", "0", "2", "0", "0", "0", "0", "0", "0", "0", "0", "1", "4");
  }

  // ---- duty record ----

  @Test
  void aMembersDutyRecordListsTheirArticlesOfTheYearByTier() {
    String t = tag();
    long paper = outlet("履职日报" + t, "PROVINCIAL");
    long own = ownMemberId();
    Map<String, Object> body = article("履职·省报" + t, paper, "2004-04-04");
    body.put("members", List.of(own));
    body.put("frontPage", true);
    created(as(MEMBER).postJson(ARTICLES, body));
    created(admin().postJson(ARTICLES, article("履职·他人" + t, paper, "2004-04-05")));
    JsonNode record = as(MEMBER).get("/api/v1/members/" + own + "/duty-record?year=2004").json();
    JsonNode section = null;
    for (JsonNode s : record.path("sections").values()) {
      if (s.path("title").asString().equals("上稿")) {
        section = s;
      }
    }
    assertThat(section).as("the publicity section in %s", record).isNotNull();
    assertThat(joined(section.path("lines"), "date", "what", "detail", "standing"))
        .containsExactly("2004-04-04 履职·省报" + t + " 履职日报" + t + " · 头版（头条） 省级");
    assertThat(joined(section.path("counts"), "tally", "label", "count"))
        .contains("PROVINCIAL 省级 1", "CENTRAL 中央级 0");
  }

  // ---- the demo ----

  @Test
  void theDemoCountyPlacedTwentyOddProvincialArticlesByMidYearAndArticlesAtEveryTier() {
    int year = LocalDate.now(SHANGHAI).getYear();
    MetricQuery firstHalf =
        new MetricQuery(
            demoCommitteeId(),
            LocalDate.of(year, 1, 1),
            LocalDate.of(year, 6, 30),
            Map.of("tier", "PROVINCIAL"));
    assertThat(metrics.compute("publicity.articles", firstHalf).value().intValue())
        .as("在省级主流报刊媒体中上稿20余篇")
        .isBetween(20, 29);
    for (String tier : List.of("CENTRAL", "PROVINCIAL", "CITY", "COUNTY")) {
      MetricQuery wholeYear = MetricQuery.year(demoCommitteeId(), year, Map.of("tier", tier));
      assertThat(metrics.compute("publicity.articles", wholeYear).value().intValue())
          .as(tier)
          .isPositive();
    }
    // No article names an outlet, an author or an activity of another committee.
    for (String join :
        List.of(
            "publicity_article x join publicity_outlet y on y.id = x.outlet_id",
            "publicity_article x join activity y on y.id = x.activity_id",
            "publicity_article x join publicity_article_author a on a.article_id = x.id"
                + " join member y on y.id = a.member_id")) {
      assertThat(
              jdbc.sql("select count(*) from " + join + " where x.committee_id <> y.committee_id")
                  .query(Long.class)
                  .single())
          .as(join)
          .isZero();
    }
  }

  // ---- the role × endpoint matrix ----

  /** A call of the matrix: what a role does through the API. */
  enum ApiCall {
    LIST_OUTLETS((t, http) -> http.get(OUTLETS)),
    CREATE_OUTLET(
        (t, http) ->
            http.postJson(
                OUTLETS, Map.of("name", "矩阵媒体" + tag(), "tier", "CITY", "kind", "WEBSITE"))),
    LIST((t, http) -> http.get(ARTICLES)),
    EXPORT((t, http) -> http.get(ARTICLES + "/export.xlsx?f_tier=PROVINCIAL")),
    GET_OWN((t, http) -> http.get(ARTICLES + "/" + t.fixture(true))),
    GET_OTHERS((t, http) -> http.get(ARTICLES + "/" + t.fixture(false))),
    CREATE_BY_STAFF_NAMES(
        (t, http) ->
            http.postJson(ARTICLES, t.article("矩阵·新建" + tag(), t.matrixOutlet(), "2005-02-01"))),
    CREATE_OWN(
        (t, http) -> {
          Map<String, Object> body = t.article("矩阵·本人" + tag(), t.matrixOutlet(), "2005-02-02");
          body.put("members", List.of(t.ownMemberId()));
          return http.postJson(ARTICLES, body);
        }),
    UPDATE_OWN((t, http) -> t.update(http, t.fresh(true))),
    UPDATE_OTHERS((t, http) -> t.update(http, t.fresh(false))),
    DELETE_OWN((t, http) -> t.delete(http, t.fresh(true))),
    DELETE_OTHERS((t, http) -> t.delete(http, t.fresh(false))),
    STATISTICS((t, http) -> http.get("/api/v1/publicity/statistics?year=2005")),
    METRIC(
        (t, http) -> http.get("/api/v1/metrics/publicity.articles?from=2005-01-01&to=2005-12-31"));

    final BiFunction<PublicityScenarios, Http, Http.Response> call;

    ApiCall(BiFunction<PublicityScenarios, Http, Http.Response> call) {
      this.call = call;
    }
  }

  /** Expected statuses: ADMIN, STAFF, COMMITTEE_STAFF, LEADER, MEMBER, UNIT, AUDITOR. */
  private static final Map<ApiCall, int[]> API =
      new EnumMap<>(
          Map.ofEntries(
              Map.entry(ApiCall.LIST_OUTLETS, new int[] {200, 200, 200, 200, 200, 403, 200}),
              Map.entry(ApiCall.CREATE_OUTLET, new int[] {201, 201, 403, 403, 403, 403, 403}),
              Map.entry(ApiCall.LIST, new int[] {200, 200, 200, 200, 200, 403, 200}),
              Map.entry(ApiCall.EXPORT, new int[] {200, 200, 200, 200, 403, 403, 200}),
              Map.entry(ApiCall.GET_OWN, new int[] {200, 200, 200, 200, 200, 403, 200}),
              Map.entry(ApiCall.GET_OTHERS, new int[] {200, 200, 200, 200, 404, 403, 200}),
              // A member records only articles they wrote: naming nobody of theirs is refused.
              Map.entry(
                  ApiCall.CREATE_BY_STAFF_NAMES, new int[] {201, 201, 201, 403, 403, 403, 403}),
              Map.entry(ApiCall.CREATE_OWN, new int[] {201, 201, 201, 403, 201, 403, 403}),
              Map.entry(ApiCall.UPDATE_OWN, new int[] {200, 200, 200, 403, 200, 403, 403}),
              Map.entry(ApiCall.UPDATE_OTHERS, new int[] {200, 200, 200, 403, 404, 403, 403}),
              Map.entry(ApiCall.DELETE_OWN, new int[] {204, 204, 403, 403, 204, 403, 403}),
              Map.entry(ApiCall.DELETE_OTHERS, new int[] {204, 204, 403, 403, 404, 403, 403}),
              Map.entry(ApiCall.STATISTICS, new int[] {200, 200, 200, 200, 403, 403, 200}),
              Map.entry(ApiCall.METRIC, new int[] {200, 200, 403, 200, 403, 403, 200})));

  /** A page of publicity, opened in a signed-in browser. */
  enum Page {
    ARTICLES_LIST(t -> "/registry/publicity-articles?f_tier=PROVINCIAL"),
    NEW_ARTICLE(t -> "/registry/publicity-articles/new"),
    OWN_ARTICLE(t -> "/registry/publicity-articles/" + t.fixture(true)),
    OTHERS_ARTICLE(t -> "/registry/publicity-articles/" + t.fixture(false)),
    OUTLETS_LIST(t -> "/registry/publicity-outlets"),
    STATISTICS(t -> "/publicity/statistics?year=2005"),
    STATISTICS_EXCEL(t -> "/publicity/statistics.xlsx?year=2005");

    final java.util.function.Function<PublicityScenarios, String> path;

    Page(java.util.function.Function<PublicityScenarios, String> path) {
      this.path = path;
    }
  }

  private static final Map<Page, int[]> PAGES =
      new EnumMap<>(
          Map.ofEntries(
              Map.entry(Page.ARTICLES_LIST, new int[] {200, 200, 200, 200, 200, 403, 200}),
              Map.entry(Page.NEW_ARTICLE, new int[] {200, 200, 200, 403, 200, 403, 403}),
              Map.entry(Page.OWN_ARTICLE, new int[] {200, 200, 200, 200, 200, 403, 200}),
              Map.entry(Page.OTHERS_ARTICLE, new int[] {200, 200, 200, 200, 404, 403, 200}),
              Map.entry(Page.OUTLETS_LIST, new int[] {200, 200, 200, 200, 200, 403, 200}),
              Map.entry(Page.STATISTICS, new int[] {200, 200, 200, 200, 403, 403, 200}),
              Map.entry(Page.STATISTICS_EXCEL, new int[] {200, 200, 200, 200, 403, 403, 200})));

  static Stream<Arguments> apiMatrix() {
    return RoleMatrix.cases(API);
  }

  static Stream<Arguments> pageMatrix() {
    return RoleMatrix.cases(PAGES);
  }

  @ParameterizedTest(name = "{0} {1} → {2}")
  @MethodSource("apiMatrix")
  void apiCall(Role role, ApiCall call, int expected) {
    RoleMatrix.checkApi(role, call, call.call.apply(this, as(role)), expected);
  }

  @ParameterizedTest(name = "{0} {1} → {2}")
  @MethodSource("pageMatrix")
  void page(Role role, Page page, int expected) {
    Http browser = SESSIONS.computeIfAbsent(port + "/" + role, key -> browserAs(role));
    RoleMatrix.checkPage(role, page, browser.get(page.path.apply(this)), expected);
  }

  @Test
  void aMemberListsOnlyTheArticlesTheyWrote() {
    long own = fixture(true);
    long others = fixture(false);
    List<Long> seen = longs(as(MEMBER).get(ARTICLES + "?size=200").json().path("rows"), "id");
    assertThat(seen).contains(own).doesNotContain(others);
    assertThat(total("publicity-articles", "f_members=" + ownMemberId()))
        .isEqualTo(as(MEMBER).get(ARTICLES).json().path("total").asLong());
  }

  // ---- fixtures ----

  private JsonNode metric(String query) {
    Http.Response response = admin().get("/api/v1/metrics/publicity.articles?" + query);
    assertThat(response.status()).as(response.toString()).isEqualTo(200);
    return response.json();
  }

  private static String line(JsonNode line) {
    List<String> months = new ArrayList<>();
    line.path("months").values().forEach(m -> months.add(m.asString()));
    return (line.path("tier").isNull() ? " " : line.path("tier").asString())
        + " "
        + String.join(",", months)
        + " = "
        + line.path("total").asLong();
  }

  private static List<List<String>> sheet(byte[] xlsx, int index) throws IOException {
    DataFormatter format = new DataFormatter();
    List<List<String>> rows = new ArrayList<>();
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      workbook
          .getSheetAt(index)
          .forEach(
              row -> {
                List<String> cells = new ArrayList<>();
                row.forEach(cell -> cells.add(format.formatCellValue(cell)));
                rows.add(cells);
              });
    }
    return rows;
  }

  long outlet(String name, String tier) {
    return created(
        admin().postJson(OUTLETS, Map.of("name", name, "tier", tier, "kind", "NEWSPAPER")));
  }

  Map<String, Object> article(String title, long outlet, String publishedOn) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("title", title);
    body.put("outletId", outlet);
    body.put("publishedOn", publishedOn);
    body.put("staffAuthors", "县政协办公室");
    return body;
  }

  private static final Map<String, Http> SESSIONS = new java.util.concurrent.ConcurrentHashMap<>();
  private static final Map<String, Long> FIXTURES = new java.util.concurrent.ConcurrentHashMap<>();

  synchronized long matrixOutlet() {
    return FIXTURES.computeIfAbsent("outlet" + port, k -> outlet("矩阵日报" + tag(), "PROVINCIAL"));
  }

  /** The matrix's article written by the MEMBER account's member, or by another member. */
  synchronized long fixture(boolean own) {
    return FIXTURES.computeIfAbsent((own ? "own" : "other") + port, k -> fresh(own));
  }

  /** A new article of the MEMBER account's member, or of a member outside its scope. */
  long fresh(boolean own) {
    Map<String, Object> body =
        article("矩阵·" + (own ? "本人" : "他人") + tag(), matrixOutlet(), "2005-03-01");
    body.put("members", List.of(own ? ownMemberId() : memberOutsideScope()));
    return created(admin().postJson(ARTICLES, body));
  }

  Http.Response update(Http http, long id) {
    JsonNode current = admin().get(ARTICLES + "/" + id).json();
    Map<String, Object> body =
        article(current.path("title").asString() + "·改", matrixOutlet(), "2005-03-02");
    body.put("members", longArray(current.path("members")));
    body.put("version", current.path("version").asInt());
    return http.putJson(ARTICLES + "/" + id, body);
  }

  Http.Response delete(Http http, long id) {
    int version = admin().get(ARTICLES + "/" + id).json().path("version").asInt();
    return http.delete(ARTICLES + "/" + id + "?version=" + version);
  }
}
