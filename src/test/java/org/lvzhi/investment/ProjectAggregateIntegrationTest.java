package org.lvzhi.investment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.lvzhi.account.Accounts;
import org.lvzhi.history.Change;
import org.lvzhi.history.History;
import org.lvzhi.history.HistoryEntry;
import org.lvzhi.register.Registers;
import org.lvzhi.shared.Amount;
import org.lvzhi.system.Role;
import org.lvzhi.system.RolePermissions;
import org.lvzhi.system.SystemActor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A project is an aggregate with one writer: the register's edits reach its store and cannot touch
 * the workflow's fields; a move bumps the version, records what it changed and tells the project's
 * shepherds and responsible unit.
 */
@SpringBootTest(
    properties = {
      "spring.datasource.url=jdbc:h2:mem:activity-flow;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
      "lvzhi.admin.password=Yunxi-Pass-2026!",
      "lvzhi.demo=true"
    })
@AutoConfigureMockMvc
class ProjectAggregateIntegrationTest {

  @Autowired MockMvc mvc;
  @Autowired Registers registers;
  @Autowired Projects projects;
  @Autowired Shepherding shepherding;
  @Autowired ShepherdingReads ledgers;
  @Autowired ProjectReads reads;
  @Autowired History history;
  @Autowired Accounts accounts;
  @Autowired SystemActor system;
  @Autowired RolePermissions permissions;
  @Autowired JdbcClient jdbc;

  private long project(String name, Map<String, List<String>> extra) {
    Map<String, List<String>> input = new HashMap<>(extra);
    input.put("name", List.of(name));
    input.put("investor", List.of("聚合测试投资方"));
    input.put("industry", List.of("OTHER"));
    input.put("leadOn", List.of("2018-01-10"));
    return system.call(() -> registers.create(Projects.REGISTER, input).id());
  }

  private ProjectReads.Summary read(long id) {
    return reads.summary(id).orElseThrow();
  }

  @Test
  void aSigningBumpsTheVersionAndRecordsTheStageTheContractAndHowItWasSigned() {
    long id = project("聚合·签约记录" + UUID.randomUUID(), Map.of());
    int before = read(id).version();

    system.run(() -> projects.sign(id, Amount.ofWan("300"), LocalDate.of(2018, 3, 1), true));

    ProjectReads.Summary after = read(id);
    assertThat(after.version()).isEqualTo(before + 1);
    assertThat(after.stage()).isEqualTo(Stage.SIGNED);
    assertThat(after.signedViaPlatform()).isTrue();
    HistoryEntry signing = history.of(Projects.RECORD_TYPE, id).get(0);
    assertThat(signing.action()).isEqualTo("SIGN");
    assertThat(signing.changes())
        .contains(
            new Change("project.stage", "线索", "已签约"),
            new Change("project.contractAmount", null, "300.00万元"),
            new Change("project.signedViaPlatform", "否", "是"));
  }

  @Test
  void aFormEditChangesTheFactsButNeitherTheStageNorTheContractNorHowItWasSigned()
      throws Exception {
    String name = "聚合·表单不改流程" + UUID.randomUUID();
    long id = project(name, Map.of());
    system.run(() -> projects.sign(id, Amount.ofWan("300"), LocalDate.of(2018, 3, 1), true));
    int version = read(id).version();
    var staff =
        org.lvzhi.system.TestUsers.staff("aggregate-staff", permissions.of(Role.STAFF), null);
    String body =
        """
        {"name": "%s", "investor": "聚合测试投资方", "industry": "OTHER", "leadOn": "2018-01-10",
         "follower": "县招商服务中心", "stage": "OPERATING", "contractAmount": "1", "signedViaPlatform": "false",
         "version": %d}"""
            .formatted(name, version);

    mvc.perform(
            put("/api/v1/investment-projects/" + id)
                .contentType(MediaType.APPLICATION_JSON)
                .content(body)
                .with(
                    authentication(
                        UsernamePasswordAuthenticationToken.authenticated(
                            staff, null, staff.getAuthorities())))
                .with(csrf()))
        .andExpect(status().isOk());

    ProjectReads.Summary after = read(id);
    assertThat(after.version()).isEqualTo(version + 1);
    assertThat(after.stage()).isEqualTo(Stage.SIGNED);
    assertThat(after.contract()).isEqualTo(Amount.ofWan("300"));
    assertThat(after.signedViaPlatform()).isTrue();
    assertThat(
            jdbc.sql("select follower from investment_project where id = :id")
                .param("id", id)
                .query(String.class)
                .single())
        .isEqualTo("县招商服务中心");
  }

  @Test
  void aSigningASuspensionAndAResumptionNotifyTheShepherdsAndTheResponsibleUnit() {
    long member =
        jdbc.sql(
                "select id from member m where not exists (select 1 from account a where a.member_id = m.id)"
                    + " order by id")
            .query(Long.class)
            .list()
            .get(0);
    long unit = jdbc.sql("select id from unit order by id").query(Long.class).list().get(0);
    String tag = UUID.randomUUID().toString().substring(0, 8);
    long memberAccount =
        system.call(
            () ->
                accounts.create(
                    "shepherd-" + tag,
                    "包抓领导",
                    new Accounts.Binding(Role.MEMBER, member, null, null),
                    "Yunxi-Shepherd-2026!",
                    false));
    long unitAccount =
        system.call(
            () ->
                accounts.create(
                    "unit-" + tag,
                    "责任单位",
                    new Accounts.Binding(Role.UNIT, null, unit, null),
                    "Yunxi-UnitClerk-2026!",
                    false));
    String name = "聚合·通知" + tag;
    long id =
        project(
            name,
            Map.of(
                "shepherds",
                List.of(String.valueOf(member)),
                "responsibleUnitId",
                List.of(String.valueOf(unit))));

    system.run(() -> projects.sign(id, Amount.ofWan("300"), LocalDate.of(2018, 3, 1), false));
    system.run(() -> projects.suspend(id, "投资方资金紧张", LocalDate.of(2018, 4, 1)));
    system.run(() -> projects.resume(id, LocalDate.of(2018, 5, 1)));

    for (long account : List.of(memberAccount, unitAccount)) {
      assertThat(titles(account)).containsExactly("项目签约：" + name, "项目暂停：" + name, "项目恢复推进：" + name);
    }
    assertThat(
            jdbc.sql("select body from notification where account_id = :a order by id")
                .param("a", memberAccount)
                .query(String.class)
                .list()
                .get(0))
        .contains("2018-03-01", "300.00万元");
  }

  @Test
  void everyTargetAndLedgerWriteBumpsItsVersionAndIsRecorded() {
    long id = project("聚合·台账版本" + UUID.randomUUID(), Map.of());
    system.run(() -> shepherding.setTarget(id, 2018, Amount.ofWan("100")));
    system.run(() -> shepherding.setTarget(id, 2018, Amount.ofWan("120")));
    system.run(() -> shepherding.recordMonth(id, 2018, 3, Amount.ofWan("10"), Amount.ofWan("8")));
    system.run(() -> shepherding.recordMonth(id, 2018, 3, Amount.ofWan("10"), Amount.ofWan("9")));

    assertThat(
            jdbc.sql("select version from project_year_target where project_id = :id")
                .param("id", id)
                .query(Integer.class)
                .single())
        .isEqualTo(1);
    assertThat(
            jdbc.sql("select version from project_ledger where project_id = :id")
                .param("id", id)
                .query(Integer.class)
                .single())
        .isEqualTo(1);
    assertThat(history.of(Projects.RECORD_TYPE, id).stream().map(HistoryEntry::action).limit(4))
        .containsExactly("LEDGER", "LEDGER", "TARGET", "TARGET");
    Ledger ledger = ledgers.ledger(id, 2018);
    assertThat(ledger.target()).isEqualTo(Amount.ofWan("120"));
    assertThat(ledger.completed()).isEqualTo(Amount.ofWan("9"));
  }

  private List<String> titles(long account) {
    return jdbc.sql("select title from notification where account_id = :a order by id")
        .param("a", account)
        .query(String.class)
        .list();
  }
}
