package org.lvzhi.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

class AccountGuardFilterTest {

  private final SecondFactor secondFactor = mock(SecondFactor.class);
  private final AccountGuardFilter filter =
      new AccountGuardFilter(mock(ProblemResponses.class), secondFactor);

  @AfterEach
  void signOut() {
    SecurityContextHolder.clearContext();
  }

  private static void signIn(Role role) {
    LvzhiUser user =
        new LvzhiUser(
            3, "u", "U", "!", role, null, null, null, true, false, false, Set.of(), 1L, null);
    SecurityContextHolder.getContext()
        .setAuthentication(
            UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
  }

  @Test
  void anAccountThatMustEnrolIsSentToEnrolWhateverItAsksFor() throws Exception {
    signIn(Role.STAFF);
    MockHttpServletRequest request = new MockHttpServletRequest("GET", "/registry/members");
    request.getSession().setAttribute(SecondFactor.MUST_ENROL, Boolean.TRUE);
    MockHttpServletResponse response = new MockHttpServletResponse();
    MockFilterChain chain = new MockFilterChain();
    filter.doFilter(request, response, chain);
    assertThat(response.getRedirectedUrl()).isEqualTo(SecondFactor.ENROL_PAGE);
    assertThat(chain.getRequest()).isNull();

    MockHttpServletRequest enrol = new MockHttpServletRequest("GET", SecondFactor.ENROL_PAGE);
    enrol.setSession(request.getSession());
    MockFilterChain passes = new MockFilterChain();
    filter.doFilter(enrol, new MockHttpServletResponse(), passes);
    assertThat(passes.getRequest()).isNotNull();
  }

  @Test
  void withoutTheMarkTheRequestPasses() throws Exception {
    signIn(Role.STAFF);
    when(secondFactor.after(org.mockito.ArgumentMatchers.any())).thenReturn(SecondFactor.Step.NONE);
    MockFilterChain chain = new MockFilterChain();
    filter.doFilter(
        new MockHttpServletRequest("GET", "/registry/members"),
        new MockHttpServletResponse(),
        chain);
    assertThat(chain.getRequest()).isNotNull();
  }
}
