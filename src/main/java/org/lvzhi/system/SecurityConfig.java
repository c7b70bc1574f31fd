package org.lvzhi.system;

import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.ExceptionMappingAuthenticationFailureHandler;

/**
 * Two filter chains: the REST API under {@code /api/} (browser session or HTTP Basic; problem JSON
 * for 401 and 403, never a login page) and the pages (form login in Chinese). CSRF protects every
 * form and every session-authenticated API call; scripts sending Basic credentials are exempt
 * because a browser never adds those by itself.
 */
@Configuration
@EnableWebSecurity
class SecurityConfig {

  private static final String CSP =
      "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
          + "img-src 'self' data:; font-src 'self' data:; frame-ancestors 'self'; form-action 'self'";

  @Bean
  PasswordEncoder passwordEncoder() {
    return Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8();
  }

  @Bean
  @Order(1)
  SecurityFilterChain apiChain(
      HttpSecurity http, ProblemResponses problems, UserDetailsService users) throws Exception {
    http.securityMatcher("/api/**")
        .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
        .httpBasic(basic -> basic.authenticationEntryPoint(problems::unauthorized))
        .exceptionHandling(
            handling ->
                handling
                    .authenticationEntryPoint(problems::unauthorized)
                    .accessDeniedHandler(problems::forbidden))
        .csrf(
            csrf ->
                csrf.ignoringRequestMatchers(request -> request.getHeader("Authorization") != null))
        .addFilterBefore(new SessionFreshnessFilter(users, problems), AuthorizationFilter.class)
        .addFilterAfter(new AccountGuardFilter(problems), AuthorizationFilter.class);
    return http.build();
  }

  @Bean
  @Order(2)
  SecurityFilterChain pageChain(
      HttpSecurity http, ProblemResponses problems, UserDetailsService users) throws Exception {
    var failures =
        new ExceptionMappingAuthenticationFailureHandler() {
          @Override
          public void onAuthenticationFailure(
              jakarta.servlet.http.HttpServletRequest request,
              jakarta.servlet.http.HttpServletResponse response,
              AuthenticationException exception)
              throws java.io.IOException, jakarta.servlet.ServletException {
            // The attempt that locks an account fails as bad credentials; say at once that it is
            // locked now.
            if (exception instanceof BadCredentialsException
                && lockedNow(users, request.getParameter("username"))) {
              exception = new LockedException("locked by this attempt");
            }
            super.onAuthenticationFailure(request, response, exception);
          }
        };
    failures.setDefaultFailureUrl("/login?error");
    failures.setExceptionMappings(
        Map.of(
            LockedException.class.getName(), "/login?locked",
            DisabledException.class.getName(), "/login?disabled"));
    http.authorizeHttpRequests(
            requests ->
                requests
                    .requestMatchers(
                        "/login",
                        "/webjars/**",
                        "/css/**",
                        "/js/**",
                        "/img/**",
                        "/favicon.ico",
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
                    .failureHandler(failures)
                    .defaultSuccessUrl("/", false)
                    .permitAll())
        .logout(logout -> logout.logoutSuccessUrl("/login?logout").permitAll())
        .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CSP)))
        .addFilterBefore(new SessionFreshnessFilter(users, problems), AuthorizationFilter.class)
        .addFilterAfter(new AccountGuardFilter(problems), AuthorizationFilter.class);
    return http.build();
  }

  private static boolean lockedNow(UserDetailsService users, String username) {
    try {
      return username != null && !users.loadUserByUsername(username).isAccountNonLocked();
    } catch (UsernameNotFoundException e) {
      return false;
    }
  }
}
