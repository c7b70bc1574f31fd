package org.lvzhi.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lvzhi.system.Role.ADMIN;
import static org.lvzhi.system.Role.AUDITOR;
import static org.lvzhi.system.Role.COMMITTEE_STAFF;
import static org.lvzhi.system.Role.LEADER;
import static org.lvzhi.system.Role.MEMBER;
import static org.lvzhi.system.Role.STAFF;
import static org.lvzhi.system.Role.UNIT;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;
import org.lvzhi.system.Role;

/**
 * The role matrices' shared part: the roles in column order, the parameterised cases of a table of
 * expected statuses, and what every answer must look like (problem JSON from the API, the error
 * page in the frame from a page).
 */
final class RoleMatrix {

  /** The columns of every table of expected statuses. */
  static final Role[] ROLES = {ADMIN, STAFF, COMMITTEE_STAFF, LEADER, MEMBER, UNIT, AUDITOR};

  static final String PROBLEM_JSON = "application/problem+json";

  private RoleMatrix() {}

  /** One case per role and row; a 0 leaves the cell out (a test of its own states it). */
  static <K> Stream<Arguments> cases(Map<K, int[]> table) {
    List<Arguments> cases = new ArrayList<>();
    table.forEach(
        (row, statuses) -> {
          for (int i = 0; i < ROLES.length; i++) {
            if (statuses[i] != 0) {
              cases.add(Arguments.of(ROLES[i], row, statuses[i]));
            }
          }
        });
    return cases.stream();
  }

  static void checkApi(Role role, Object call, Http.Response response, int expected) {
    assertThat(response.status()).as("%s %s: %s", role, call, response).isEqualTo(expected);
    if (expected >= 400) {
      assertThat(response.contentType()).as("%s %s", role, call).startsWith(PROBLEM_JSON);
    }
  }

  static void checkPage(Role role, Object page, Http.Response response, int expected) {
    assertThat(response.status()).as("%s %s: %s", role, page, response).isEqualTo(expected);
    if (expected >= 400) {
      assertThat(response.contentType()).as("an error page, in the frame").startsWith("text/html");
      assertThat(response.text())
          .as("%s %s", role, page)
          .contains(expected == 403 ? "无权访问" : "页面不存在");
    }
  }
}
