package org.lvzhi.metric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.lvzhi.account.Accounts;
import org.lvzhi.system.Role;
import org.lvzhi.system.SystemActor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The roll-up: each committee's value is the catalogue's for that committee, the total is made from
 * those values; an office sees its own committee and those below it; the page, the Excel file and
 * the API show the same table to those holding {@code metric:rollup}.
 *
 * <p>Hangs the demo committee below a city committee of its own making: {@link OnMetricDatabase}
 * gives these tests a database no other test class shares.
 */
@OnMetricDatabase
class RollupIntegrationTest {

  private static final String CITY = "汇总测试市委员会";
  private static final String OTHER_COUNTY = "汇总测试二县委员会";
  private static final String CITY_OFFICE = "rollup-city-office";
  private static final String PASSWORD = "Rollup-Test-Pass-2026";
  private static final LocalDate FROM = LocalDate.of(2000, 1, 1);
  private static final LocalDate TO = LocalDate.of(2100, 12, 31);

  @Autowired Rollup rollup;
  @Autowired MetricCatalogue catalogue;
  @Autowired JdbcClient jdbc;
  @Autowired SystemActor system;
  @Autowired Accounts accounts;
  @Autowired UserDetailsService users;
  @Autowired MockMvc mvc;
  @Autowired JsonMapper json;

  @Test
  void theTotalIsMadeFromEachCommitteesOwnValue() {
    long demo = MetricsPerCommitteeIntegrationTest.demoCommittee(jdbc);
    long city = cityAboveTheDemo();
    long other = committee(OTHER_COUNTY, "COUNTY", city);

    Rollup.Table table = system.callIn(city, () -> rollup.of(new Rollup.Period(FROM, TO)));

    assertThat(table.committees())
        .extracting(Rollup.Column::id)
        .startsWith(city)
        .contains(demo, other);
    assertThat(table.committees().get(0).depth()).isZero();
    assertThat(table.committees())
        .filteredOn(c -> c.id() != city)
        .allSatisfy(c -> assertThat(c.depth()).isEqualTo(1));
    assertThat(table.rows())
        .extracting(Rollup.Line::name)
        .containsExactlyElementsOf(catalogue.all().stream().map(Metric::name).toList());
    MetricQuery query = new MetricQuery(city, FROM, TO, java.util.Map.of());
    for (Rollup.Line line : table.rows()) {
      BigDecimal sum = BigDecimal.ZERO;
      Set<String> names = new HashSet<>();
      for (Rollup.Column column : table.committees()) {
        MetricResult own = catalogue.compute(line.name(), query.in(column.id()));
        assertThat(line.values().get(column.id()))
            .as("%s of %s", line.name(), column.name())
            .isEqualByComparingTo(own.value());
        sum = sum.add(own.value());
        names.addAll(own.names());
      }
      if (line.unit().equals("%")) {
        assertThat(line.total()).as("a rate has no total: %s", line.name()).isNull();
      } else if (!names.isEmpty()) {
        assertThat(line.total())
            .as("distinct things counted once: %s", line.name())
            .isEqualByComparingTo(BigDecimal.valueOf(names.size()))
            .isLessThanOrEqualTo(sum);
      } else {
        assertThat(line.total()).as("the sum: %s", line.name()).isEqualByComparingTo(sum);
      }
    }
    Rollup.Line activities = line(table, "activity.count");
    assertThat(activities.values().get(demo)).isPositive();
    assertThat(activities.values().get(other)).isZero();
    assertThat(activities.values().get(city)).isZero();
    assertThat(activities.total()).isEqualByComparingTo(activities.values().get(demo));
  }

  @Test
  void aCommitteeWithoutCommitteesBelowItIsOneColumn() {
    long lonely = committee("汇总测试独立县委员会", "COUNTY", null);
    Rollup.Table table = system.callIn(lonely, () -> rollup.of(new Rollup.Period(FROM, TO)));
    assertThat(table.committees()).extracting(Rollup.Column::id).containsExactly(lonely);
    assertThat(table.rows()).allSatisfy(line -> assertThat(line.values()).hasSize(1));
  }

  @Test
  void theApiAnswersTheTableToThoseMayReadIt() throws Exception {
    long demo = MetricsPerCommitteeIntegrationTest.demoCommittee(jdbc);
    long city = cityAboveTheDemo();
    JsonNode own =
        json.readTree(
            mvc.perform(
                    get("/api/v1/metrics/rollup")
                        .param("from", FROM.toString())
                        .param("to", TO.toString())
                        .with(user(users.loadUserByUsername(cityOffice(city)))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    assertThat(own.at("/period/from").asString()).isEqualTo("2000-01-01");
    assertThat(own.at("/period/to").asString()).isEqualTo("2100-12-31");
    assertThat(own.at("/committees/0/id").asLong()).isEqualTo(city);
    assertThat(own.at("/committees/0/depth").asInt()).isZero();
    List<Long> ids = own.get("committees").valueStream().map(c -> c.get("id").asLong()).toList();
    assertThat(ids).contains(demo);
    assertThat(own.get("rows").size()).isEqualTo(catalogue.all().size());
    JsonNode count =
        own.get("rows")
            .valueStream()
            .filter(row -> row.get("name").asString().equals("activity.count"))
            .findFirst()
            .orElseThrow();
    assertThat(count.get("label").asString()).isEqualTo("活动次数");
    assertThat(count.get("unit").asString()).isEqualTo("次");
    assertThat(count.at("/values/" + demo).decimalValue())
        .isPositive()
        .isEqualByComparingTo(count.get("total").decimalValue());
    assertThat(count.get("values").size()).isEqualTo(ids.size());

    // the defaults: this calendar year; HTTP Basic as scripts call it
    int year = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear();
    mvc.perform(
            get("/api/v1/metrics/rollup").with(httpBasic("admin", OnMetricDatabase.ADMIN_PASSWORD)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.period.from").value(year + "-01-01"))
        .andExpect(jsonPath("$.period.to").value(year + "-12-31"));
    mvc.perform(
            get("/api/v1/metrics/rollup")
                .param("from", "2024-02-01")
                .param("to", "2024-01-31")
                .with(admin()))
        .andExpect(status().isBadRequest());
    // a day no period may name is refused, not a 500 (LocalDate.MAX has no next day)
    mvc.perform(get("/api/v1/metrics/rollup").param("to", "+999999999-12-31").with(admin()))
        .andExpect(status().isBadRequest());
    mvc.perform(
            get("/api/v1/metrics/activity.count")
                .param("from", "2024-01-01")
                .param("to", "+999999999-12-31")
                .with(admin()))
        .andExpect(status().isBadRequest());
    mvc.perform(
            get("/api/v1/metrics/rollup")
                .param("from", FROM.toString())
                .param("to", TO.toString())
                .with(user(users.loadUserByUsername("member"))))
        .andExpect(status().isForbidden());
    mvc.perform(get("/api/v1/metrics/rollup").with(user(users.loadUserByUsername("office"))))
        .andExpect(status().isOk());
  }

  @Test
  void thePageShowsTheTableInTheReadersLanguage() throws Exception {
    String page =
        mvc.perform(
                get("/metrics/rollup")
                    .param("from", FROM.toString())
                    .param("to", TO.toString())
                    .with(admin()))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(page)
        .contains("id=\"rollup-table\"", "table-responsive", "活动次数（次）", "合计")
        .contains(OnMetricDatabase.DEMO_COMMITTEE)
        .contains("href=\"/metrics/rollup\"")
        .contains("/metrics/rollup.xlsx?from=2000-01-01&amp;to=2100-12-31");

    int year = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear();
    mvc.perform(get("/metrics/rollup").with(admin()).cookie(new Cookie("lvzhi-lang", "en")))
        .andExpect(status().isOk())
        .andExpect(
            content().string(org.hamcrest.Matchers.containsString("Activities held (times)")))
        .andExpect(content().string(org.hamcrest.Matchers.containsString(">Total<")))
        .andExpect(
            content().string(org.hamcrest.Matchers.containsString("value=\"" + year + "-01-01\"")));

    String refused =
        mvc.perform(
                get("/metrics/rollup")
                    .param("from", "2024-02-01")
                    .param("to", "2024-01-31")
                    .with(admin()))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(refused).contains("结束日期不能早于开始日期").doesNotContain("id=\"rollup-table\"");
    assertThat(
            mvc.perform(get("/metrics/rollup").param("from", "2024-13-45").with(admin()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString())
        .contains("id=\"rollup-error\"");

    mvc.perform(get("/metrics/rollup").with(user(users.loadUserByUsername("member"))))
        .andExpect(status().isForbidden());
  }

  @Test
  void theExcelFileHoldsTheSameTable() throws Exception {
    long demo = MetricsPerCommitteeIntegrationTest.demoCommittee(jdbc);
    long city = cityAboveTheDemo();
    byte[] file =
        mvc.perform(
                get("/metrics/rollup.xlsx")
                    .param("from", FROM.toString())
                    .param("to", TO.toString())
                    .with(user(users.loadUserByUsername(cityOffice(city)))))
            .andExpect(status().isOk())
            .andExpect(
                content()
                    .contentType(
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
            .andReturn()
            .getResponse()
            .getContentAsByteArray();
    Rollup.Table table = system.callIn(city, () -> rollup.of(new Rollup.Period(FROM, TO)));
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
      Sheet sheet = workbook.getSheetAt(0);
      Row header = sheet.getRow(0);
      int columns = table.committees().size() + 2;
      assertThat(header.getLastCellNum()).isEqualTo((short) columns);
      assertThat(header.getCell(0).getStringCellValue()).isEqualTo("指标");
      assertThat(header.getCell(1).getStringCellValue()).isEqualTo(CITY);
      assertThat(header.getCell(columns - 1).getStringCellValue()).isEqualTo("合计");
      int demoColumn =
          1 + table.committees().stream().map(Rollup.Column::id).toList().indexOf(demo);
      assertThat(header.getCell(demoColumn).getStringCellValue())
          .endsWith(OnMetricDatabase.DEMO_COMMITTEE);
      assertThat(sheet.getLastRowNum()).isEqualTo(table.rows().size());
      Row first = sheet.getRow(1);
      assertThat(first.getCell(0).getStringCellValue()).isEqualTo(table.rows().get(0).heading());
      assertThat(BigDecimal.valueOf(first.getCell(demoColumn).getNumericCellValue()))
          .isEqualByComparingTo(table.rows().get(0).values().get(demo));
    }
    mvc.perform(
            get("/metrics/rollup.xlsx")
                .param("from", FROM.toString())
                .param("to", TO.toString())
                .with(user(users.loadUserByUsername("member"))))
        .andExpect(status().isForbidden());
  }

  private static Rollup.Line line(Rollup.Table table, String name) {
    return table.rows().stream().filter(l -> l.name().equals(name)).findFirst().orElseThrow();
  }

  /** The bootstrap administrator (the demo committee's), as a signed-in session. */
  private RequestPostProcessor admin() {
    return user(users.loadUserByUsername("admin"));
  }

  /** The city committee, created once, with the demo committee below it. */
  private long cityAboveTheDemo() {
    long city = committee(CITY, "CITY", null);
    jdbc.sql("update committee set parent_id = :city where name = :demo")
        .param("city", city)
        .param("demo", OnMetricDatabase.DEMO_COMMITTEE)
        .update();
    return city;
  }

  private long committee(String name, String level, Long parent) {
    jdbc.sql(
            "insert into committee (name, level, parent_id) select :name, :level, cast(:parent as bigint)"
                + " where not exists (select 1 from committee where name = :name)")
        .param("name", name)
        .param("level", level)
        .param("parent", parent)
        .update();
    return jdbc.sql("select id from committee where name = :name")
        .param("name", name)
        .query(Long.class)
        .single();
  }

  /** An office account of the city committee (created once). */
  private synchronized String cityOffice(long city) {
    if (!accounts.exists(CITY_OFFICE)) {
      system.runIn(
          city,
          () ->
              accounts.create(
                  CITY_OFFICE, CITY_OFFICE, Accounts.Binding.of(Role.STAFF), PASSWORD, false));
    }
    return CITY_OFFICE;
  }
}
