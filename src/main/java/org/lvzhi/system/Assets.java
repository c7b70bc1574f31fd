package org.lvzhi.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

/**
 * Static assets (CSS, scripts, icons, WebJars): served without the session, the account or the
 * database (their own security chain keeps no context), under fingerprinted URLs ({@code
 * /css/app-<md5>.css}, Spring's content version strategy) that may be cached for a year, while an
 * unfingerprinted URL is revalidated on every use ({@code no-cache}, answered 304 when unchanged).
 * Templates write {@code ${Assets.url("/css/app.css")}}.
 */
@Configuration
public class Assets {

  /** The paths of static assets, as request patterns. */
  static final List<String> PATTERNS =
      List.of(
          "/webjars/**",
          "/css/**",
          "/js/**",
          "/img/**",
          "/icons/**",
          "/manifest.json",
          "/favicon.ico");

  private static final Pattern FINGERPRINTED = Pattern.compile(".*-[0-9a-f]{32}\\.[a-z0-9]+$");
  private static volatile ResourceUrlProvider urls;

  Assets(ObjectProvider<ResourceUrlProvider> provider) {
    provider.ifAvailable(p -> urls = p);
  }

  /** The fingerprinted URL of an asset, or the path itself where it has none. */
  public static String url(String path) {
    ResourceUrlProvider provider = urls;
    if (provider == null) {
      return path;
    }
    String versioned = provider.getForLookupPath(path);
    return versioned == null ? path : versioned;
  }

  static boolean isAsset(String path) {
    return path.startsWith("/webjars/")
        || path.startsWith("/css/")
        || path.startsWith("/js/")
        || path.startsWith("/img/")
        || path.startsWith("/icons/")
        || path.equals("/manifest.json")
        || path.equals("/favicon.ico");
  }

  @Bean
  FilterRegistrationBean<CacheHeaders> assetCacheHeaders() {
    var registration = new FilterRegistrationBean<>(new CacheHeaders());
    registration.addUrlPatterns(
        "/webjars/*", "/css/*", "/js/*", "/img/*", "/icons/*", "/manifest.json", "/favicon.ico");
    return registration;
  }

  /** A year for a fingerprinted URL (its content never changes); revalidation for any other. */
  static final class CacheHeaders extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(
        HttpServletRequest request, HttpServletResponse response, FilterChain chain)
        throws ServletException, IOException {
      response.setHeader(
          "Cache-Control",
          FINGERPRINTED.matcher(request.getRequestURI()).matches()
              ? "public, max-age=31536000, immutable"
              : "no-cache");
      chain.doFilter(request, response);
    }
  }
}
