package org.lvzhi.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.lvzhi.account.Accounts;
import org.lvzhi.system.Role;
import org.lvzhi.system.SystemActor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * What every integration test needs: the running application's port, HTTP clients signed in as each
 * role, and fixtures that are created once per Spring context and looked up by name afterwards
 * (contexts are shared between test classes, so nothing here assumes an empty database).
 *
 * <p>The database of a context is chosen by {@link OnH2} or {@link OnPostgres}; both read the URL
 * that {@link #databases} registers, so one inherited {@code @DynamicPropertySource} method serves
 * every class and identical annotations keep sharing one context.
 */
abstract class IntegrationTestSupport {

  static final String ADMIN_PASSWORD = "Yunxi-Pass-2026!";

  /** The password of every account the tests create for a role. */
  static final String PASSWORD = "Yunxi-Test-Pass-2026";

  /** Names of the fixture records the tests add next to the demo committee. */
  static final String TEST_TERM = "集成测试届";

  static final String TEST_SECTOR = "集成测试界别";
  static final String TEST_SPECIAL_COMMITTEE = "集成测试专委会";

  /** Demo records the tests bind accounts to. */
  static final String DEMO_COMMITTEE = "政协云溪县委员会";

  static final String DEMO_TERM = "第十届";
  static final String ECONOMY_COMMITTEE = "经济委员会";
  static final String OWN_UNIT = "云溪县发展和改革局";
  static final String OTHER_UNIT = "云溪县财政局";

  private static final AtomicInteger SERIAL =
      new AtomicInteger(ThreadLocalRandom.current().nextInt(1_000_000));

  @LocalServerPort protected int port;
  @Autowired protected Accounts accounts;
  @Autowired protected SystemActor systemActor;
  @Autowired protected JdbcClient jdbc;

  @DynamicPropertySource
  static void databases(DynamicPropertyRegistry registry) {
    // Called once per Spring context: each context gets its own database.
    String h2 =
        "jdbc:h2:mem:lvzhi-it-"
            + UUID.randomUUID()
            + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
    registry.add("it.h2.url", () -> h2);
    // Lazy: the PostgreSQL server starts only when a context on PostgreSQL reads this.
    AtomicReference<String> postgres = new AtomicReference<>();
    registry.add(
        "it.postgres.url",
        () ->
            postgres.updateAndGet(url -> url != null ? url : EmbeddedPostgresHolder.newDatabase()));
  }

  // ---- clients ----

  Http anonymous() {
    return Http.anonymous(port);
  }

  Http admin() {
    return Http.basic(port, "admin", ADMIN_PASSWORD);
  }

  /** HTTP Basic as the test account of a role (created on first use). */
  Http as(Role role) {
    return Http.basic(port, username(role), PASSWORD);
  }

  /** A browser session signed in through the login page as the test account of a role. */
  Http browserAs(Role role) {
    return browser(username(role), PASSWORD);
  }

  Http browser(String username, String password) {
    Http browser = anonymous();
    Http.Response login = browser.formLogin(username, password);
    assertThat(login.status()).as("form login of %s: %s", username, login).isEqualTo(302);
    assertThat(login.location()).as("form login of %s", username).doesNotContain("/login");
    return browser;
  }

  String username(Role role) {
    // "admin" is the deployment's super-administrator; the ADMIN column of the role matrices is a
    // committee's own administrator (ADR 7).
    ensureRoleAccounts();
    return "it-" + role.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }

  // ---- fixtures ----

  /** A short unique lower-case tag to find what one test created. */
  static String tag() {
    return "it"
        + Integer.toString(SERIAL.incrementAndGet(), 36)
        + Integer.toString(ThreadLocalRandom.current().nextInt(36 * 36), 36);
  }

  /** An 11-digit mainland mobile number no other test uses. */
  static String mobile() {
    return String.format("17%09d", SERIAL.incrementAndGet() * 7L % 1_000_000_000L);
  }

  long idOf(String table, String name) {
    return jdbc
        .sql("select id from " + table + " where name = :name order by id")
        .param("name", name)
        .query(Long.class)
        .list()
        .stream()
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("no " + table + " named " + name));
  }

  long demoCommitteeId() {
    return idOf("committee", DEMO_COMMITTEE);
  }

  long demoTermId() {
    return idOf("term", DEMO_TERM);
  }

  long economyCommitteeId() {
    return jdbc.sql(
            "select s.id from special_committee s join committee c on c.id = s.committee_id"
                + " where s.name = :name and c.name = :committee")
        .param("name", ECONOMY_COMMITTEE)
        .param("committee", DEMO_COMMITTEE)
        .query(Long.class)
        .single();
  }

  long ownUnitId() {
    return idOf("unit", OWN_UNIT);
  }

  long otherUnitId() {
    return idOf("unit", OTHER_UNIT);
  }

  /**
   * The demo member the MEMBER test account is bound to (the one the demo account "member" has).
   */
  long ownMemberId() {
    return jdbc.sql("select member_id from account where username = 'member'")
        .query(Long.class)
        .single();
  }

  /** A demo member that is neither the MEMBER account's own nor in the economy committee. */
  long memberOutsideScope() {
    return jdbc.sql(
            "select m.id from member m where m.term_id = :term and m.id <> :own and not exists"
                + " (select 1 from member_special_committee x where x.member_id = m.id and x.special_committee_id = :sc)"
                + " order by m.id")
        .param("term", demoTermId())
        .param("own", ownMemberId())
        .param("sc", economyCommitteeId())
        .query(Long.class)
        .list()
        .get(0);
  }

  /** A demo member of the economy committee (inside the COMMITTEE_STAFF account's scope). */
  long memberOfEconomyCommittee() {
    return jdbc.sql(
            "select member_id from member_special_committee where special_committee_id = :sc"
                + " order by member_id")
        .param("sc", economyCommitteeId())
        .query(Long.class)
        .list()
        .get(0);
  }

  /** Accounts for every role but ADMIN, all with {@link #PASSWORD}; created once per context. */
  synchronized void ensureRoleAccounts() {
    if (accounts.exists("it-auditor")) {
      return;
    }
    Map<Role, Accounts.Binding> bindings = new EnumMap<>(Role.class);
    bindings.put(Role.ADMIN, Accounts.Binding.of(Role.ADMIN));
    bindings.put(Role.STAFF, Accounts.Binding.of(Role.STAFF));
    bindings.put(
        Role.COMMITTEE_STAFF,
        new Accounts.Binding(Role.COMMITTEE_STAFF, null, null, economyCommitteeId()));
    bindings.put(Role.LEADER, Accounts.Binding.of(Role.LEADER));
    bindings.put(Role.MEMBER, new Accounts.Binding(Role.MEMBER, ownMemberId(), null, null));
    bindings.put(Role.UNIT, new Accounts.Binding(Role.UNIT, null, ownUnitId(), null));
    bindings.put(Role.AUDITOR, Accounts.Binding.of(Role.AUDITOR));
    systemActor.runIn(
        demoCommitteeId(),
        () ->
            bindings.forEach(
                (role, binding) -> {
                  String username =
                      "it-" + role.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
                  if (!accounts.exists(username)) {
                    accounts.create(username, "测试" + role.name(), binding, PASSWORD, false);
                  }
                }));
  }

  /** An account of one's own (for tests that lock it or change its password). */
  long createAccount(String username, Role role, String password) {
    return systemActor.callIn(
        demoCommitteeId(),
        () -> accounts.create(username, "测试账号", Accounts.Binding.of(role), password, false));
  }

  /**
   * Ids of a committee, term, sector and special committee of the tests' own, away from the demo
   * counts.
   */
  record TestOrganisation(long committeeId, long termId, long sectorId, long specialCommitteeId) {}

  synchronized TestOrganisation testOrganisation() {
    if (jdbc.sql("select count(*) from special_committee where name = :name")
            .param("name", TEST_SPECIAL_COMMITTEE)
            .query(Long.class)
            .single()
        == 0) {
      Http admin = admin();
      // The tests' organisation lives in the administrator's own committee (ADR 7).
      long committee = adminCommittee();
      created(
          admin.postJson(
              "/api/v1/terms",
              Map.of(
                  "name",
                  TEST_TERM,
                  "committeeId",
                  committee,
                  "ordinal",
                  1,
                  "startsOn",
                  "2022-01-01",
                  "currentTerm",
                  true)));
      created(
          admin.postJson(
              "/api/v1/sectors",
              Map.of("name", TEST_SECTOR, "committeeId", committee, "sortOrder", 1)));
      created(
          admin.postJson(
              "/api/v1/special-committees",
              Map.of("name", TEST_SPECIAL_COMMITTEE, "committeeId", committee, "sortOrder", 1)));
    }
    return new TestOrganisation(
        adminCommittee(),
        idOf("term", TEST_TERM),
        idOf("sector", TEST_SECTOR),
        idOf("special_committee", TEST_SPECIAL_COMMITTEE));
  }

  long adminCommittee() {
    return jdbc.sql("select committee_id from account where username = 'admin'")
        .query(Long.class)
        .single();
  }

  /** A valid member of the test term, as the API takes it. */
  Map<String, Object> member(String name, String gender, String mobile, String employer) {
    TestOrganisation org = testOrganisation();
    Map<String, Object> member = new LinkedHashMap<>();
    member.put("name", name);
    member.put("gender", gender);
    member.put("birthDate", "1976-04-05");
    member.put("party", "CPC");
    member.put("sectorId", org.sectorId());
    member.put("specialCommittees", List.of(org.specialCommitteeId()));
    member.put("employer", employer);
    member.put("post", "教师");
    member.put("mobile", mobile);
    member.put("standing", false);
    member.put("termId", org.termId());
    return member;
  }

  /** The body raising a problem (整改) on an investment project, as the API takes it. */
  static Map<String, Object> problemOnProject(long project, String title) {
    return Map.of(
        "sourceType",
        "project",
        "sourceId",
        project,
        "sourceRegister",
        "investment-projects",
        "title",
        title);
  }

  static long created(Http.Response response) {
    assertThat(response.status()).as("create: %s", response).isEqualTo(201);
    return response.json().path("id").asLong();
  }

  /** The total a list answers (as admin) for a query string. */
  long total(String type, String query) {
    Http.Response list = admin().get("/api/v1/" + type + "?" + query);
    assertThat(list.status()).as("list %s?%s: %s", type, query, list).isEqualTo(200);
    return list.json().path("total").asLong();
  }

  static List<String> strings(JsonNode array, String field) {
    List<String> values = new ArrayList<>();
    array.values().forEach(node -> values.add(node.path(field).asString()));
    return values;
  }

  /** Each element of an array as its fields' values joined by spaces: "attended 出席 2". */
  static List<String> joined(JsonNode array, String... fields) {
    List<String> values = new ArrayList<>();
    array
        .values()
        .forEach(
            node ->
                values.add(
                    java.util.Arrays.stream(fields)
                        .map(field -> node.path(field).asString())
                        .collect(java.util.stream.Collectors.joining(" "))));
    return values;
  }

  static List<Long> longArray(JsonNode array) {
    List<Long> values = new ArrayList<>();
    array.values().forEach(node -> values.add(node.asLong()));
    return values;
  }

  static List<Long> longs(JsonNode array, String field) {
    List<Long> values = new ArrayList<>();
    array.values().forEach(node -> values.add(node.path(field).asLong()));
    return values;
  }

  // ---- activities ----

  private static final java.time.format.DateTimeFormatter MINUTES =
      java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

  /** An activity as the API takes it. */
  Map<String, Object> activity(
      String title,
      String type,
      LocalDateTime start,
      int hours,
      String organiser,
      Long specialCommitteeId) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("title", title);
    body.put("typeId", idOf("activity_type", type));
    body.put("startsAt", MINUTES.format(start));
    body.put("endsAt", MINUTES.format(start.plusHours(hours)));
    body.put("organiser", organiser);
    if (specialCommitteeId != null) {
      body.put("specialCommitteeId", specialCommitteeId);
    }
    return body;
  }

  static int invite(Http http, long activity, List<Long> memberIds) {
    Http.Response invited =
        http.postJson(
            "/api/v1/activities/" + activity + "/invitations", Map.of("memberIds", memberIds));
    assertThat(invited.status()).as(invited.toString()).isEqualTo(200);
    return invited.json().path("count").asInt();
  }

  /** A serving member of the test organisation with a unique name. */
  long testMember(String prefix) {
    return created(
        admin().postJson("/api/v1/members", member(prefix + tag(), "男", mobile(), "测试单位")));
  }

  List<JsonNode> participants(long activity) {
    Http.Response response = admin().get("/api/v1/activities/" + activity + "/participants");
    assertThat(response.status()).as(response.toString()).isEqualTo(200);
    List<JsonNode> list = new ArrayList<>();
    response.json().values().forEach(list::add);
    return list;
  }

  Map<Long, Long> participationIds(long activity) {
    Map<Long, Long> ids = new HashMap<>();
    participants(activity)
        .forEach(p -> ids.put(p.path("memberId").asLong(), p.path("id").asLong()));
    return ids;
  }

  /** A fresh investment project, to raise problems on. */
  long project() {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("name", "补录项目" + tag());
    body.put("investor", "集成测试投资方");
    body.put("leadOn", "2020-02-01");
    body.put("industry", "AGRICULTURE_FOOD");
    body.put("totalInvestment", "1000");
    return created(admin().postJson("/api/v1/investment-projects", body));
  }
}
