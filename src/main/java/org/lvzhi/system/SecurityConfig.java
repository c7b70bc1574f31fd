package org.lvzhi.system;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Two filter chains: the REST API under {@code /api/} (browser session, a personal API token as
 * {@code Bearer}, or HTTP Basic for occasional use; problem JSON for 401, 403 and 429, never a
 * login page) and the pages (form login in Chinese, then a two-factor code where the account has
 * enrolled). Every failed sign-in looks the same, whatever the reason. CSRF protects every form and
 * every session-authenticated API call; only requests authenticated by their own credentials are
 * exempt (see {@link SessionUnlessCredentials}).
 */
@Configuration
@EnableWebSecurity
class SecurityConfig {

  /** Framing: nobody, as {@code X-Frame-Options: DENY} says too. */
  private static final String CSP =
      "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
          + "img-src 'self' data:; font-src 'self' data:; frame-ancestors 'none'; form-action 'self'";

  static final String FAILED = "/login?error";
  static final String REFUSED = "/login/refused";

  @Bean
  PasswordEncoder passwordEncoder() {
    return Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8();
  }

  /**
   * Static assets: open to all and stateless, so that a request for a stylesheet neither loads the
   * session (nor touches its row) nor re-reads the account.
   */
  @Bean
  @Order(0)
  SecurityFilterChain assetChain(HttpSecurity http) throws Exception {
    http.securityMatcher(Assets.PATTERNS.toArray(String[]::new))
        .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
        .securityContext(
            context ->
                context.securityContextRepository(
                    new org.springframework.security.web.context
                        .RequestAttributeSecurityContextRepository()))
        .sessionManagement(
            session ->
                session.sessionCreationPolicy(
                    org.springframework.security.config.http.SessionCreationPolicy.STATELESS))
        .requestCache(cache -> cache.disable())
        .csrf(csrf -> csrf.disable())
        .headers(headers -> headers.cacheControl(cache -> cache.disable()));
    return http.build();
  }

  @Bean
  @Order(1)
  SecurityFilterChain apiChain(
      HttpSecurity http,
      ProblemResponses problems,
      UserDetailsService users,
      AuthenticationProvider signIn,
      SecondFactor secondFactor,
      BearerTokens tokens)
      throws Exception {
    http.securityMatcher("/api/**")
        .authenticationManager(manager(signIn))
        .securityContext(
            context -> context.securityContextRepository(new SessionUnlessCredentials()))
        .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
        .httpBasic(basic -> basic.authenticationEntryPoint(problems::unauthorized))
        .exceptionHandling(
            handling ->
                handling
                    .authenticationEntryPoint(problems::unauthorized)
                    .accessDeniedHandler(problems::forbidden))
        .csrf(csrf -> csrf.ignoringRequestMatchers(SessionUnlessCredentials::carriesCredentials))
        .headers(SecurityConfig::headers)
        .addFilterBefore(
            new BearerTokenFilter(tokens, problems),
            org.springframework.security.web.authentication.www.BasicAuthenticationFilter.class)
        .addFilterBefore(new SessionFreshnessFilter(users, problems), AuthorizationFilter.class)
        .addFilterAfter(new AccountGuardFilter(problems, secondFactor), AuthorizationFilter.class);
    return http.build();
  }

  @Bean
  @Order(2)
  SecurityFilterChain pageChain(
      HttpSecurity http,
      ProblemResponses problems,
      UserDetailsService users,
      AuthenticationProvider signIn,
      SecondFactor secondFactor,
      org.springframework.beans.factory.ObjectProvider<WaitingList> landings)
      throws Exception {
    http.authenticationManager(manager(signIn))
        .authorizeHttpRequests(
            requests ->
                requests
                    .requestMatchers(
                        "/login",
                        REFUSED,
                        SecondFactor.CODE_PAGE,
                        "/error",
                        "/actuator/health",
                        "/actuator/health/**",
                        "/v3/api-docs",
                        "/v3/api-docs/**")
                    .permitAll()
                    .requestMatchers("/swagger-ui/**", "/swagger-ui.html")
                    .hasAuthority(SystemPermissions.API_DOCS)
                    .anyRequest()
                    .authenticated())
        .formLogin(
            form ->
                form.loginPage("/login")
                    .failureHandler(SecurityConfig::failed)
                    .successHandler(succeeded(secondFactor, landings))
                    .permitAll())
        .logout(logout -> logout.logoutSuccessUrl("/login?logout").permitAll())
        .headers(SecurityConfig::headers)
        .addFilterBefore(new SessionFreshnessFilter(users, problems), AuthorizationFilter.class)
        .addFilterAfter(new AccountGuardFilter(problems, secondFactor), AuthorizationFilter.class);
    return http.build();
  }

  private static AuthenticationManager manager(AuthenticationProvider signIn) {
    return new ProviderManager(signIn);
  }

  private static void headers(
      org.springframework.security.config.annotation.web.configurers.HeadersConfigurer<HttpSecurity>
          headers) {
    headers
        .contentSecurityPolicy(csp -> csp.policyDirectives(CSP))
        .frameOptions(frame -> frame.deny())
        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN));
  }

  /**
   * One answer for every failed sign-in (unknown name, wrong password, disabled, locked): the same
   * redirect and message. A client address over its limit sees the same message, answered 429.
   */
  static void failed(
      HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
      throws IOException, ServletException {
    if (e instanceof SignInThrottledException throttled) {
      response.setHeader("Retry-After", Long.toString(throttled.retryAfterSeconds()));
      request.getRequestDispatcher(REFUSED).forward(request, response);
    } else {
      response.sendRedirect(request.getContextPath() + FAILED);
    }
  }

  /**
   * After a right password: signed in, or (enrolled) not yet signed in until the code is right, or
   * (a role that must use codes) signed in but sent to enrol first.
   */
  private static org.springframework.security.web.authentication.AuthenticationSuccessHandler
      succeeded(
          SecondFactor secondFactor,
          org.springframework.beans.factory.ObjectProvider<WaitingList> landings) {
    // Where no page was asked for before signing in: the role's landing page (home by default).
    var signedIn =
        new SavedRequestAwareAuthenticationSuccessHandler() {
          @Override
          protected String determineTargetUrl(
              HttpServletRequest request,
              HttpServletResponse response,
              Authentication authentication) {
            return authentication.getPrincipal() instanceof LvzhiUser user
                ? landings.getObject().landing(user)
                : "/";
          }
        };
    signedIn.setDefaultTargetUrl("/");
    return (request, response, authentication) -> {
      SecondFactor.Step step =
          authentication.getPrincipal() instanceof LvzhiUser user
              ? secondFactor.after(user)
              : SecondFactor.Step.NONE;
      switch (step) {
        case CODE -> awaitCode(request, response, authentication);
        case ENROL -> {
          request.getSession().setAttribute(SecondFactor.MUST_ENROL, Boolean.TRUE);
          response.sendRedirect(request.getContextPath() + SecondFactor.ENROL_PAGE);
        }
        case NONE -> signedIn.onAuthenticationSuccess(request, response, authentication);
      }
    };
  }

  private static void awaitCode(
      HttpServletRequest request, HttpServletResponse response, Authentication authentication)
      throws IOException {
    var empty = SecurityContextHolder.createEmptyContext();
    SecurityContextHolder.clearContext();
    new HttpSessionSecurityContextRepository().saveContext(empty, request, response);
    request.getSession().setAttribute(SecondFactor.PENDING, authentication);
    response.sendRedirect(request.getContextPath() + SecondFactor.CODE_PAGE);
  }
}
