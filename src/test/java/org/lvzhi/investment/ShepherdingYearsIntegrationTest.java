package org.lvzhi.investment;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.util.List;
import java.util.Map;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.lvzhi.register.Registers;
import org.lvzhi.system.Role;
import org.lvzhi.system.RolePermissions;
import org.lvzhi.system.SystemActor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A project's page shows and takes the ledger of any year, and returns to the year just entered.
 */
@SpringBootTest(
    properties = {
      "spring.datasource.url=jdbc:h2:mem:activity-flow;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
      "lvzhi.admin.password=Yunxi-Pass-2026!",
      "lvzhi.demo=true"
    })
@AutoConfigureMockMvc
class ShepherdingYearsIntegrationTest {

  @Autowired MockMvc mvc;
  @Autowired Registers registers;
  @Autowired SystemActor system;
  @Autowired RolePermissions permissions;

  @Test
  void thePageShowsTheLedgerOfTheYearAsked() throws Exception {
    long id =
        system.call(
            () ->
                registers
                    .create(
                        "investment-projects",
                        Map.of(
                            "name",
                            List.of("往年台账项目"),
                            "investor",
                            List.of("测试投资方"),
                            "industry",
                            List.of("OTHER"),
                            "leadOn",
                            List.of("2017-03-01")))
                    .id());
    var staff = org.lvzhi.system.TestUsers.staff("years-staff", permissions.of(Role.STAFF), null);
    var signedIn =
        authentication(
            UsernamePasswordAuthenticationToken.authenticated(staff, null, staff.getAuthorities()));

    mvc.perform(
            post("/investment/projects/" + id + "/ledger")
                .with(signedIn)
                .with(csrf())
                .param("year", "2018")
                .param("month", "3")
                .param("plannedWan", "100")
                .param("completedWan", "80.5"))
        .andExpect(redirectedUrl("/registry/investment-projects/" + id + "?year=2018"));
    mvc.perform(get("/registry/investment-projects/" + id).param("year", "2018").with(signedIn))
        .andExpect(content().string(Matchers.containsString("id=\"ledger-completed\">80.50万元")))
        .andExpect(content().string(Matchers.containsString("href=\"?year=2017\"")));
    mvc.perform(get("/registry/investment-projects/" + id).param("year", "2019").with(signedIn))
        .andExpect(content().string(Matchers.containsString("id=\"ledger-completed\">0.00万元")));
  }
}
