package org.lvzhi.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.lvzhi.system.NotAllowedException;
import org.lvzhi.system.Role;
import org.lvzhi.system.RolePermissions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * A record action is checked against the actor's committee and data scope after it ran, as creates
 * and edits are: an action that would leave the record where its actor cannot see it is refused
 * (403) and nothing of it is kept. No action of today's registers moves a record so, which is why a
 * register of the test's own (over the activity types' table) holds one that does.
 */
@SpringBootTest(
    properties = {
      "spring.datasource.url=jdbc:h2:mem:action-scope;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
      "lvzhi.admin.password=Yunxi-Pass-2026!"
    })
class ActionScopeIntegrationTest {

  static final String PERMISSION = "it-type:edit";

  @TestConfiguration
  static class ATypeWhoseActionMovesRecords {

    @Bean
    RecordType itActivityTypes(JdbcClient jdbc) {
      return RecordType.of(
              "it-activity-types",
              "activity_type",
              "registry.activity-types",
              "it-type",
              Field.text("name", "activityType.name").required())
          .action(
              new RecordAction(
                  "hand-away",
                  "activityType.name",
                  PERMISSION,
                  null,
                  id -> {
                    jdbc.sql(
                            "update activity_type set committee_id = (select max(id) from committee)"
                                + " where id = :id")
                        .param("id", id)
                        .update();
                    return List.of();
                  }))
          .action(
              new RecordAction("touch", "activityType.name", PERMISSION, null, id -> List.of()));
    }
  }

  @Autowired Registers registers;
  @Autowired JdbcClient jdbc;
  @Autowired RolePermissions permissions;

  @AfterEach
  void signOut() {
    SecurityContextHolder.clearContext();
  }

  @Test
  void anActionLeavingTheRecordOutsideTheActorsCommitteeIsRefusedAndUndone() {
    long own = jdbc.sql("select min(id) from committee").query(Long.class).single();
    jdbc.sql("insert into committee (name, level) values ('另一委员会', 'COUNTY')").update();
    long other = jdbc.sql("select max(id) from committee").query(Long.class).single();
    jdbc.sql(
            "insert into activity_type (name, category, committee_id) values ('移交测试', 'OTHER', :c)")
        .param("c", own)
        .update();
    long id =
        jdbc.sql("select id from activity_type where name = '移交测试'").query(Long.class).single();
    signIn(own);
    RecordType type = registers.type("it-activity-types");
    long historyBefore = history(id);

    registers.perform(type, id, "touch");
    assertThat(history(id)).as("an action within scope is recorded").isEqualTo(historyBefore + 1);

    assertThatThrownBy(() -> registers.perform(type, id, "hand-away"))
        .isInstanceOf(NotAllowedException.class);
    assertThat(
            jdbc.sql("select committee_id from activity_type where id = :id")
                .param("id", id)
                .query(Long.class)
                .single())
        .as("the record stays in its committee")
        .isEqualTo(own)
        .isNotEqualTo(other);
    assertThat(history(id))
        .as("nothing of the refused action is kept")
        .isEqualTo(historyBefore + 1);
  }

  private long history(long id) {
    return jdbc.sql(
            "select count(*) from history_entry where record_type = 'activity_type' and record_id = :id")
        .param("id", id)
        .query(Long.class)
        .single();
  }

  private void signIn(long committee) {
    Set<String> granted = new HashSet<>(permissions.of(Role.STAFF));
    granted.add(PERMISSION);
    var staff = org.lvzhi.system.TestUsers.staff("scope-staff", granted, committee);
    SecurityContextHolder.getContext()
        .setAuthentication(
            UsernamePasswordAuthenticationToken.authenticated(staff, null, staff.getAuthorities()));
  }
}
