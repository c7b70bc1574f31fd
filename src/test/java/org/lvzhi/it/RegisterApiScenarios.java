package org.lvzhi.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lvzhi.system.Role;
import tools.jackson.databind.JsonNode;

/**
 * The generic register API on the member roster (and sectors): the same scenarios run on H2 ({@link
 * RegisterApiH2Test}) and PostgreSQL ({@link RegisterApiPostgresTest}).
 */
abstract class RegisterApiScenarios extends IntegrationTestSupport {

  private static final String PROBLEM_JSON = "application/problem+json";

  @Test
  void createReadUpdateDeleteAMember() {
    Http staff = as(Role.STAFF);
    String tag = tag();
    String mobile = mobile();
    Map<String, Object> body = member("李秀英", "女", mobile, "云溪县第一中学" + tag);
    body.put("party", "中共党员");

    Http.Response create = staff.postJson("/api/v1/members", body);
    assertThat(create.status()).as(create.toString()).isEqualTo(201);
    long id = create.json().path("id").asLong();
    assertThat(create.location()).endsWith("/api/v1/members/" + id);
    JsonNode createdJson = create.json();
    assertThat(createdJson.path("version").asInt()).isZero();
    assertThat(createdJson.path("gender").asString()).isEqualTo("FEMALE");
    assertThat(createdJson.path("party").asString()).isEqualTo("CPC");
    assertThat(createdJson.path("display").path("gender").asString()).isEqualTo("女");
    assertThat(createdJson.path("display").path("party").asString()).isEqualTo("中共党员");
    assertThat(createdJson.path("display").path("sectorId").asString()).isEqualTo(TEST_SECTOR);

    Http.Response read = staff.get("/api/v1/members/" + id);
    assertThat(read.status()).isEqualTo(200);
    JsonNode record = read.json();
    assertThat(record.path("name").asString()).isEqualTo("李秀英");
    assertThat(record.path("mobile").asString()).isEqualTo(mobile);
    assertThat(record.path("birthDate").asString()).isEqualTo("1976-04-05");
    assertThat(longArray(record.path("specialCommittees")))
        .containsExactly(testOrganisation().specialCommitteeId());
    assertThat(record.path("leadershipRole").asString()).isEqualTo("NONE");
    assertThat(record.path("status").asString()).isEqualTo("SERVING");

    Map<String, Object> change = editable(record);
    change.put("post", "副校长");
    change.put("standing", true);
    Http.Response update = staff.putJson("/api/v1/members/" + id, change);
    assertThat(update.status()).as(update.toString()).isEqualTo(200);
    assertThat(update.json().path("version").asInt()).isEqualTo(1);
    assertThat(update.json().path("post").asString()).isEqualTo("副校长");
    assertThat(update.json().path("standing").asBoolean()).isTrue();
    assertThat(staff.get("/api/v1/members/" + id).json().path("post").asString()).isEqualTo("副校长");

    Http.Response staleDelete = staff.delete("/api/v1/members/" + id + "?version=0");
    assertThat(staleDelete.status()).as(staleDelete.toString()).isEqualTo(409);
    assertThat(staff.get("/api/v1/members/" + id).status()).isEqualTo(200);

    Http.Response delete = staff.delete("/api/v1/members/" + id + "?version=1");
    assertThat(delete.status()).as(delete.toString()).isEqualTo(204);
    Http.Response gone = staff.get("/api/v1/members/" + id);
    assertThat(gone.status()).isEqualTo(404);
    assertThat(gone.contentType()).startsWith(PROBLEM_JSON);
    assertThat(
            jdbc.sql("select count(*) from member_special_committee where member_id = :id")
                .param("id", id)
                .query(Long.class)
                .single())
        .isZero();
    // History is append-only: the deleted record's trail stays, ending with DELETE.
    List<String> trail =
        jdbc.sql(
                "select action from history_entry where record_type = 'member' and record_id = :id"
                    + " order by id")
            .param("id", id)
            .query(String.class)
            .list();
    assertThat(trail).containsExactly("CREATE", "UPDATE", "DELETE");
  }

  @Test
  void historyListsCreateThenUpdateWithOldAndNewValues() {
    Http staff = as(Role.STAFF);
    long id =
        created(staff.postJson("/api/v1/members", member("赵建国", "男", mobile(), "云溪县文化馆" + tag())));
    Map<String, Object> change = editable(staff.get("/api/v1/members/" + id).json());
    change.put("post", "馆长");
    change.put("gender", "FEMALE");
    assertThat(staff.putJson("/api/v1/members/" + id, change).status()).isEqualTo(200);

    Http.Response history = staff.get("/api/v1/members/" + id + "/history");
    assertThat(history.status()).as(history.toString()).isEqualTo(200);
    JsonNode entries = history.json();
    // Newest first: the UPDATE, then the CREATE.
    assertThat(strings(entries, "action")).containsExactly("UPDATE", "CREATE");
    assertThat(strings(entries, "actor")).containsExactly("it-staff", "it-staff");

    JsonNode update = entries.get(0);
    assertThat(update.path("recordId").asLong()).isEqualTo(id);
    assertThat(changes(update)).containsExactly("member.gender: 男 → 女", "member.post: 教师 → 馆长");

    List<String> creation = changes(entries.get(1));
    assertThat(creation)
        .contains(
            "member.name: null → 赵建国",
            "member.gender: null → 男",
            "member.party: null → 中共党员",
            "member.sector: null → " + TEST_SECTOR,
            "member.specialCommittees: null → " + TEST_SPECIAL_COMMITTEE,
            "member.post: null → 教师",
            "member.term: null → " + TEST_TERM);
    assertThat(entries.get(0).path("id").asLong())
        .isGreaterThan(entries.get(1).path("id").asLong());
  }

  @Test
  void searchFiltersSortsAndPages() {
    Http staff = as(Role.STAFF);
    String tag = tag();
    long a =
        created(
            staff.postJson(
                "/api/v1/members", born(member("搜索甲", "女", mobile(), "单位" + tag), "1970-01-01")));
    String mobileB = mobile();
    long b =
        created(
            staff.postJson(
                "/api/v1/members", born(member("搜索乙", "男", mobileB, "单位" + tag), "1980-01-01")));
    long c =
        created(
            staff.postJson(
                "/api/v1/members", born(member("搜索丙", "女", mobile(), "单位" + tag), "1990-01-01")));
    created(staff.postJson("/api/v1/members", member("搜索丁", "女", mobile(), "单位" + tag() + "x")));

    JsonNode all = staff.get("/api/v1/members?q=" + tag).json();
    assertThat(all.path("total").asLong()).isEqualTo(3);
    assertThat(longs(all.path("rows"), "id")).containsExactlyInAnyOrder(a, b, c);
    // Search ignores case, and reaches the mobile number too.
    assertThat(
            staff
                .get("/api/v1/members?q=" + tag.toUpperCase(java.util.Locale.ROOT))
                .json()
                .path("total")
                .asLong())
        .isEqualTo(3);
    JsonNode byMobile = staff.get("/api/v1/members?q=" + mobileB).json();
    assertThat(longs(byMobile.path("rows"), "id")).containsExactly(b);
    JsonNode byChineseName =
        staff
            .get(
                "/api/v1/members?q="
                    + java.net.URLEncoder.encode("搜索乙", java.nio.charset.StandardCharsets.UTF_8)
                    + "&f_termId="
                    + testOrganisation().termId())
            .json();
    assertThat(longs(byChineseName.path("rows"), "id")).contains(b).doesNotContain(a, c);

    JsonNode women = staff.get("/api/v1/members?q=" + tag + "&f_gender=FEMALE").json();
    assertThat(women.path("total").asLong()).isEqualTo(2);
    assertThat(longs(women.path("rows"), "id")).containsExactlyInAnyOrder(a, c);
    assertThat(
            staff.get("/api/v1/members?q=" + tag + "&f_gender=MALE").json().path("total").asLong())
        .isEqualTo(1);
    assertThat(
            staff
                .get(
                    "/api/v1/members?q="
                        + tag
                        + "&f_specialCommittees="
                        + testOrganisation().specialCommitteeId())
                .json()
                .path("total")
                .asLong())
        .isEqualTo(3);

    assertThat(
            longs(
                staff
                    .get("/api/v1/members?q=" + tag + "&sort=birthDate&dir=asc")
                    .json()
                    .path("rows"),
                "id"))
        .containsExactly(a, b, c);
    assertThat(
            longs(
                staff
                    .get("/api/v1/members?q=" + tag + "&sort=birthDate&dir=desc")
                    .json()
                    .path("rows"),
                "id"))
        .containsExactly(c, b, a);

    JsonNode first =
        staff.get("/api/v1/members?q=" + tag + "&sort=birthDate&dir=asc&size=2&page=1").json();
    assertThat(first.path("total").asLong()).isEqualTo(3);
    assertThat(first.path("page").asInt()).isEqualTo(1);
    assertThat(first.path("size").asInt()).isEqualTo(2);
    assertThat(longs(first.path("rows"), "id")).containsExactly(a, b);
    JsonNode second =
        staff.get("/api/v1/members?q=" + tag + "&sort=birthDate&dir=asc&size=2&page=2").json();
    assertThat(second.path("total").asLong()).isEqualTo(3);
    assertThat(second.path("page").asInt()).isEqualTo(2);
    assertThat(longs(second.path("rows"), "id")).containsExactly(c);
  }

  @Test
  void searchTreatsPercentAndUnderscoreLiterally() {
    Http staff = as(Role.STAFF);
    String tag = tag();
    long underscore =
        created(staff.postJson("/api/v1/members", member("通配甲", "男", mobile(), "a_b" + tag)));
    created(staff.postJson("/api/v1/members", member("通配乙", "男", mobile(), "axb" + tag)));
    assertThat(longs(staff.get("/api/v1/members?q=a_b" + tag).json().path("rows"), "id"))
        .containsExactly(underscore);
    assertThat(staff.get("/api/v1/members?q=%25" + tag).json().path("total").asLong()).isZero();
    assertThat(staff.get("/api/v1/members?q=" + tag).json().path("total").asLong()).isEqualTo(2);
  }

  @Test
  void emptyValuesSortLastAscendingAndFirstDescendingOnEveryDatabase() {
    Http staff = as(Role.STAFF);
    String tag = tag();
    long older =
        created(
            staff.postJson(
                "/api/v1/members", born(member("排序甲", "男", mobile(), "单位" + tag), "1960-06-01")));
    Map<String, Object> unknown = member("排序乙", "男", mobile(), "单位" + tag);
    unknown.remove("birthDate");
    long none = created(staff.postJson("/api/v1/members", unknown));
    long younger =
        created(
            staff.postJson(
                "/api/v1/members", born(member("排序丙", "男", mobile(), "单位" + tag), "1990-06-01")));
    assertThat(
            longs(
                staff
                    .get("/api/v1/members?q=" + tag + "&sort=birthDate&dir=asc")
                    .json()
                    .path("rows"),
                "id"))
        .containsExactly(older, younger, none);
    assertThat(
            longs(
                staff
                    .get("/api/v1/members?q=" + tag + "&sort=birthDate&dir=desc")
                    .json()
                    .path("rows"),
                "id"))
        .containsExactly(none, younger, older);
  }

  @Test
  void refusalListsEveryFieldErrorInChineseAndSavesNothing() {
    Http staff = as(Role.STAFF);
    long before = jdbc.sql("select count(*) from member").query(Long.class).single();
    Map<String, Object> bad = new HashMap<>();
    bad.put("name", "");
    bad.put("gender", "未知");
    bad.put("birthDate", "1990-13-45");
    bad.put("sectorId", 987654321);
    bad.put("mobile", "12345");
    bad.put("employer", "错误" + tag());

    Http.Response refused = staff.postJson("/api/v1/members", bad);
    assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
    assertThat(refused.contentType()).startsWith(PROBLEM_JSON);
    assertThat(refused.json().path("title").asString()).isEqualTo("输入有误");
    assertThat(refused.fieldErrors())
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                "name", "请填写“姓名”。",
                "gender", "“性别”不能是“未知”，可选：男、女。",
                "birthDate", "“出生日期”应为日期（如 2023-05-30），“1990-13-45”不是有效日期。",
                "party", "请填写“政治面貌”。",
                "sectorId", "“界别”中的“987654321”不存在，请先在对应登记簿中添加。",
                "mobile", "“手机号码”应为11位手机号码，“12345”不是有效的手机号。",
                "termId", "请填写“届次”。"));

    // Rules on the whole record are reported together too.
    Map<String, Object> young = member("钱小红", "女", mobile(), "错误" + tag());
    young.put("birthDate", "2020-01-01");
    young.put("status", "LEFT");
    Http.Response rules = staff.postJson("/api/v1/members", young);
    assertThat(rules.status()).as(rules.toString()).isEqualTo(400);
    assertThat(rules.fieldErrors())
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                "birthDate", "出生日期不合理：委员应年满18周岁。",
                "leftOn", "状态为“已离任”时请填写离任日期。"));

    assertThat(jdbc.sql("select count(*) from member").query(Long.class).single())
        .isEqualTo(before);
  }

  @Test
  void aDuplicateMemberIsRefused() {
    Http staff = as(Role.STAFF);
    String mobile = mobile();
    String name = "孙" + tag();
    created(staff.postJson("/api/v1/members", member(name, "男", mobile, "单位")));

    Http.Response duplicate = staff.postJson("/api/v1/members", member(name, "男", mobile, "另一单位"));
    assertThat(duplicate.status()).as(duplicate.toString()).isEqualTo(400);
    assertThat(duplicate.fieldErrors())
        .containsExactly(
            Map.entry("mobile", "本届已有同名且手机号相同的委员（" + name + "，" + mobile + "），不能重复登记。"));
    assertThat(total("members", "q=" + name)).isEqualTo(1);

    // The same name with another mobile number is another person.
    created(staff.postJson("/api/v1/members", member(name, "男", mobile(), "单位")));
    assertThat(total("members", "q=" + name)).isEqualTo(2);
  }

  @Test
  void aStaleVersionIsAConflictAndLeavesTheRecordUnchanged() {
    Http staff = as(Role.STAFF);
    long id = created(staff.postJson("/api/v1/members", member("周明", "男", mobile(), "单位" + tag())));
    JsonNode read = staff.get("/api/v1/members/" + id).json();

    Map<String, Object> first = editable(read);
    first.put("post", "第一次修改");
    assertThat(staff.putJson("/api/v1/members/" + id, first).status()).isEqualTo(200);

    Map<String, Object> second = editable(read); // still version 0
    second.put("post", "过期的修改");
    Http.Response conflict = staff.putJson("/api/v1/members/" + id, second);
    assertThat(conflict.status()).as(conflict.toString()).isEqualTo(409);
    assertThat(conflict.contentType()).startsWith(PROBLEM_JSON);
    assertThat(conflict.json().path("title").asString()).isEqualTo("修改冲突");
    assertThat(conflict.json().path("detail").asString())
        .isEqualTo("该记录已被他人修改，您的修改未保存。请刷新页面查看最新内容后再修改。");

    JsonNode after = staff.get("/api/v1/members/" + id).json();
    assertThat(after.path("version").asInt()).isEqualTo(1);
    assertThat(after.path("post").asString()).isEqualTo("第一次修改");
    assertThat(strings(staff.get("/api/v1/members/" + id + "/history").json(), "action"))
        .containsExactly("UPDATE", "CREATE");

    Map<String, Object> noVersion = editable(after);
    noVersion.remove("version");
    Http.Response missing = staff.putJson("/api/v1/members/" + id, noVersion);
    assertThat(missing.status()).isEqualTo(400);
    assertThat(missing.fieldErrors()).containsKey("version");
  }

  @Test
  void deletingASectorStillReferredToIsAConflictAndLosesNothing() {
    Http staff = as(Role.STAFF);
    String name = "界别" + tag();
    long sector =
        created(
            staff.postJson(
                "/api/v1/sectors",
                Map.of(
                    "name",
                    name,
                    "committeeId",
                    testOrganisation().committeeId(),
                    "sortOrder",
                    99)));
    Map<String, Object> body = member("吴静", "女", mobile(), "单位" + tag());
    body.put("sectorId", sector);
    long member = created(staff.postJson("/api/v1/members", body));

    Http.Response refused = staff.delete("/api/v1/sectors/" + sector + "?version=0");
    assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
    assertThat(refused.contentType()).startsWith(PROBLEM_JSON);
    assertThat(refused.json().path("title").asString()).isEqualTo("修改冲突");
    assertThat(refused.json().path("detail").asString()).contains("仍被引用");

    assertThat(staff.get("/api/v1/sectors/" + sector).json().path("name").asString())
        .isEqualTo(name);
    assertThat(staff.get("/api/v1/members/" + member).json().path("sectorId").asLong())
        .isEqualTo(sector);
    assertThat(strings(staff.get("/api/v1/sectors/" + sector + "/history").json(), "action"))
        .containsExactly("CREATE");
  }

  @Test
  void deletingAMemberWithAnAccountIsRefusedAndKeepsTheirCommittees() {
    Http staff = as(Role.STAFF);
    String mobile = mobile();
    long member =
        created(staff.postJson("/api/v1/members", member("郑海燕", "女", mobile, "单位" + tag())));
    Map<String, Object> account = new HashMap<>();
    account.put("username", mobile);
    account.put("displayName", "郑海燕");
    account.put("role", "MEMBER");
    account.put("memberId", member);
    Http.Response issued = admin().postJson("/api/v1/accounts", account);
    assertThat(issued.status()).as(issued.toString()).isEqualTo(201);
    assertThat(issued.json().path("messages").get(0).asString()).contains("初始密码");

    Http.Response refused = staff.delete("/api/v1/members/" + member + "?version=0");
    assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
    // The special committees are stored apart and deleted first: the refusal must roll that back.
    JsonNode kept = staff.get("/api/v1/members/" + member).json();
    assertThat(longArray(kept.path("specialCommittees")))
        .containsExactly(testOrganisation().specialCommitteeId());
  }

  @Test
  void anUnknownRegisterIsNotFound() {
    Http.Response unknown = as(Role.STAFF).get("/api/v1/nonsense");
    assertThat(unknown.status()).isEqualTo(404);
    assertThat(unknown.contentType()).startsWith(PROBLEM_JSON);
  }

  private static Map<String, Object> born(Map<String, Object> member, String birthDate) {
    member.put("birthDate", birthDate);
    return member;
  }

  /** A history entry's changes as "field: before → after". */
  private static List<String> changes(JsonNode entry) {
    List<String> changes = new java.util.ArrayList<>();
    entry
        .path("changes")
        .values()
        .forEach(
            change ->
                changes.add(
                    change.path("field").asString()
                        + ": "
                        + text(change.path("before"))
                        + " → "
                        + text(change.path("after"))));
    return changes;
  }

  private static String text(JsonNode node) {
    return node.isNull() || node.isMissingNode() ? "null" : node.asString();
  }

  @org.springframework.beans.factory.annotation.Autowired
  List<org.lvzhi.register.RecordType> recordTypes;

  /**
   * Every register with an amount: a record read with GET and sent back unchanged with PUT (twice)
   * keeps its amounts, which travel as exact strings in yuan both ways.
   */
  @Test
  void aRecordReadAndSentBackUnchangedKeepsItsAmounts() {
    Http admin = admin();
    int checked = 0;
    for (org.lvzhi.register.RecordType type : recordTypes) {
      List<String> amounts =
          type.fields().stream()
              .filter(f -> f.type() == org.lvzhi.register.Field.Type.AMOUNT)
              .map(org.lvzhi.register.Field::name)
              .toList();
      if (amounts.isEmpty()) {
        continue;
      }
      Http.Response list = admin.get("/api/v1/" + type.name() + "?size=100");
      assertThat(list.status()).as(list.toString()).isEqualTo(200);
      JsonNode withAmount = null;
      for (JsonNode row : list.json().path("rows")) {
        if (amounts.stream().anyMatch(a -> !row.path(a).isNull())) {
          withAmount = row;
          break;
        }
      }
      assertThat(withAmount).as(type.name() + " has a record with an amount").isNotNull();
      long id = withAmount.path("id").asLong();
      JsonNode before = admin.get("/api/v1/" + type.name() + "/" + id).json();
      for (String amount : amounts) {
        if (!before.path(amount).isNull()) {
          assertThat(before.path(amount).isString()).as(type.name() + "." + amount).isTrue();
          assertThat(before.path(amount).asString()).matches("\\d+\\.\\d{2}");
        }
      }
      JsonNode current = before;
      for (int round = 1; round <= 2; round++) {
        Http.Response put = admin.putJson("/api/v1/" + type.name() + "/" + id, current);
        assertThat(put.status()).as(type.name() + " round " + round + ": " + put).isEqualTo(200);
        current = put.json();
        for (String amount : amounts) {
          assertThat(current.path(amount))
              .as(type.name() + "." + amount)
              .isEqualTo(before.path(amount));
        }
      }
      checked++;
    }
    assertThat(checked).as("registers with amounts").isGreaterThanOrEqualTo(2);
  }

  /** An amount is a string of yuan: a JSON number, or more than the column holds, is a 400. */
  @Test
  void anAmountIsAnExactStringOfYuan() {
    Http admin = admin();
    JsonNode row = admin.get("/api/v1/planned-projects?size=1").json().path("rows").get(0);
    long id = row.path("id").asLong();
    JsonNode record = admin.get("/api/v1/planned-projects/" + id).json();
    for (Object wrong :
        List.of(12.5, "12.345", "-1", "1e5", "100000000000000.00", "7,599.03", Map.of("a", 1))) {
      Map<String, Object> body = editable(record);
      body.put("totalInvestment", wrong);
      Http.Response put = admin.putJson("/api/v1/planned-projects/" + id, body);
      assertThat(put.status()).as(wrong + ": " + put).isEqualTo(400);
      assertThat(put.fieldErrors()).as(wrong.toString()).containsOnlyKeys("totalInvestment");
    }
    assertThat(admin.get("/api/v1/planned-projects/" + id).json().path("version"))
        .isEqualTo(record.path("version"));
  }

  private long historyRows() {
    return jdbc.sql("select count(*) from history_entry").query(Long.class).single();
  }

  /**
   * Every register's text fields: one character more than the column holds is a 400 naming the
   * field, before the database is reached (not a 409 from the column's constraint).
   */
  @Test
  void textBeyondItsColumnIsRefusedNamingTheField() {
    Http admin = admin();
    int checked = 0;
    for (org.lvzhi.register.RecordType type : recordTypes) {
      for (org.lvzhi.register.Field field : type.fields()) {
        if (field.type() != org.lvzhi.register.Field.Type.TEXT
                && field.type() != org.lvzhi.register.Field.Type.TEXTAREA
            || field.isReadOnly()) {
          // A read-only field is never taken from input, so there is nothing to refuse.
          continue;
        }
        String column = field.name().replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase();
        List<Integer> size =
            jdbc.sql(
                    "select character_maximum_length from information_schema.columns"
                        + " where lower(table_name) = :t and lower(column_name) = :c")
                .param("t", type.table())
                .param("c", column)
                .query(Integer.class)
                .list();
        if (size.isEmpty() || size.get(0) == null || size.get(0) > 100_000) {
          continue;
        }
        Map<String, Object> body = new HashMap<>();
        body.put(field.name(), "字".repeat(size.get(0) + 1));
        long before = historyRows();
        Http.Response create = admin.postJson("/api/v1/" + type.name(), body);
        if (create.status() == 405 || create.status() == 403) {
          continue;
        }
        assertThat(create.status())
            .as(type.name() + "." + field.name() + ": " + create)
            .isEqualTo(400);
        assertThat(historyRows()).isEqualTo(before);
        java.util.Set<String> fieldNames = new java.util.HashSet<>();
        type.fields().forEach(f -> fieldNames.add(f.name()));
        if (!fieldNames.containsAll(create.fieldErrors().keySet())) {
          // A module's own create endpoint (rectifications: the problem's source first) refused it.
          continue;
        }
        assertThat(create.fieldErrors())
            .as(type.name() + "." + field.name())
            .containsKey(field.name());
        checked++;
      }
    }
    assertThat(checked).isGreaterThan(10);
  }

  /**
   * Values of the wrong shape or with forbidden characters: 400 naming the field, nothing written.
   */
  @Test
  void malformedValuesAreRefusedNotCoerced() {
    Http staff = as(Role.STAFF);
    long id =
        created(staff.postJson("/api/v1/members", member("钱学敏", "女", mobile(), "云溪县档案馆" + tag())));
    JsonNode record = staff.get("/api/v1/members/" + id).json();
    long before = historyRows();
    Map<String, Object> wrongs = new java.util.LinkedHashMap<>();
    wrongs.put("post", Map.of("a", 1));
    wrongs.put("employer", List.of("a", "b"));
    wrongs.put("name", "钱\0学敏");
    wrongs.put("birthDate", "0001-01-01");
    wrongs.put("standing", Map.of());
    wrongs.put("sectorId", List.of(1, 2));
    for (Map.Entry<String, Object> wrong : wrongs.entrySet()) {
      Map<String, Object> body = editable(record);
      body.put(wrong.getKey(), wrong.getValue());
      Http.Response put = staff.putJson("/api/v1/members/" + id, body);
      assertThat(put.status()).as(wrong + ": " + put).isEqualTo(400);
      assertThat(put.fieldErrors()).as(wrong.toString()).containsKey(wrong.getKey());
    }
    // An unpaired surrogate, as JSON escapes can carry it.
    String json =
        Http.JSON.writeValueAsString(editable(record)).replace("\"钱学敏\"", "\"钱\\ud800学敏\"");
    Http.Response lone = staff.putRawJson("/api/v1/members/" + id, json);
    assertThat(lone.status()).as(lone.toString()).isEqualTo(400);
    assertThat(lone.fieldErrors()).containsKey("name");
    Map<String, Object> hugeVersion = editable(record);
    hugeVersion.put("version", 1L << 40);
    assertThat(staff.putJson("/api/v1/members/" + id, hugeVersion).status()).isEqualTo(400);
    assertThat(staff.putRawJson("/api/v1/members/" + id, "{\"name\": ").status()).isEqualTo(400);
    assertThat(historyRows()).isEqualTo(before);
    assertThat(staff.get("/api/v1/members/" + id).json().path("version"))
        .isEqualTo(record.path("version"));
  }

  /** A list query the API cannot honour is a 400 naming the parameter, not everyone. */
  @Test
  void unknownFiltersValuesAndSortsAreRefused() {
    Http staff = as(Role.STAFF);
    for (String query :
        List.of(
            "f_gender=NOPE",
            "f_nope=1",
            "sort=nope",
            "dir=sideways",
            "page=abc",
            "page=99999999999",
            "size=0",
            "f_birthDate.from=-2147483648-01-01",
            "f_sectorId=abc",
            "f_standing=maybe",
            "q=%00")) {
      Http.Response list = staff.get("/api/v1/members?" + query);
      assertThat(list.status()).as(query + ": " + list).isEqualTo(400);
      assertThat(list.contentType()).startsWith(PROBLEM_JSON);
      assertThat(list.fieldErrors()).as(query).isNotEmpty();
    }
    Http.Response gender = staff.get("/api/v1/members?f_gender=NOPE");
    assertThat(gender.fieldErrors().get("f_gender")).contains("MALE").contains("FEMALE");
    assertThat(staff.get("/api/v1/members?f_gender=FEMALE").status()).isEqualTo(200);
    assertThat(staff.get("/api/v1/members/abc").status()).isEqualTo(400);
    assertThat(staff.get("/api/v1/members/99999999999999999999").status()).isEqualTo(400);
  }

  /**
   * The variants rosters write for a choice are taken as configured (lvzhi.choices.aliases):
   * 中国共产党党员 and 党员 are CPC, 九三 is 九三学社社员, 男性 is 男; anything else is refused listing what is
   * accepted.
   */
  @Test
  void choicesAcceptTheVariantsRostersUse() {
    Http staff = as(org.lvzhi.system.Role.STAFF);
    Map<String, String> expected =
        Map.of("中国共产党党员", "CPC", "党员", "CPC", "九三", "JIUSAN", "无党派", "NON_PARTY");
    expected.forEach(
        (variant, code) -> {
          Map<String, Object> member = member("别名" + tag(), "男性", mobile(), "某单位");
          member.put("party", variant);
          Http.Response created = staff.postJson("/api/v1/members", member);
          assertThat(created.status()).as(variant + ": " + created).isEqualTo(201);
          assertThat(created.json().path("party").asString()).as(variant).isEqualTo(code);
          assertThat(created.json().path("gender").asString()).isEqualTo("MALE");
        });
    Map<String, Object> member = member("别名" + tag(), "男", mobile(), "某单位");
    member.put("party", "某某党");
    Http.Response refused = staff.postJson("/api/v1/members", member);
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.fieldErrors().get("party")).contains("中共党员").contains("九三学社社员");
  }

  /** The body of a PUT: the record as read, without what the API adds. */
  static Map<String, Object> editable(JsonNode record) {
    Map<String, Object> body = new HashMap<>();
    record
        .properties()
        .forEach(
            entry -> {
              String name = entry.getKey();
              JsonNode value = entry.getValue();
              if (name.equals("display") || name.equals("id") || name.equals("messages")) {
                return;
              }
              if (value.isArray()) {
                body.put(name, longArray(value));
              } else if (value.isNull()) {
                body.put(name, null);
              } else if (value.isNumber()) {
                body.put(name, value.asLong());
              } else if (value.isBoolean()) {
                body.put(name, value.asBoolean());
              } else {
                body.put(name, value.asString());
              }
            });
    return body;
  }
}
