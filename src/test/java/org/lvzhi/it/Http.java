package org.lvzhi.it;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A small HTTP client for the running application, as a script (HTTP Basic) or as a browser (a
 * session cookie and the CSRF token a page carries). Never follows redirects, so tests see them.
 */
final class Http {

  static final JsonMapper JSON = JsonMapper.builder().build();
  private static final HttpClient CLIENT =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .followRedirects(HttpClient.Redirect.NEVER)
          .connectTimeout(Duration.ofSeconds(10))
          .build();
  private static final Pattern META_CSRF =
      Pattern.compile("<meta name=\"csrf-token\" content=\"([^\"]*)\"");
  private static final Pattern INPUT_CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]*)\"");

  private static final String BROWSER_ACCEPT =
      "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
  private static final String JSON_ACCEPT =
      "application/json, application/problem+json;q=0.9, */*;q=0.8";

  private final String base;
  private final String authorization;
  private final Map<String, String> cookies = new LinkedHashMap<>();
  private final Map<String, String> defaultHeaders = new LinkedHashMap<>();

  private Http(String base, String authorization) {
    this.base = base;
    this.authorization = authorization;
  }

  /** No credentials at all (a browser before signing in). */
  static Http anonymous(int port) {
    return new Http("http://localhost:" + port, null);
  }

  /** A script sending HTTP Basic credentials with every request. */
  static Http basic(int port, String username, String password) {
    String token =
        Base64.getEncoder()
            .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    return new Http("http://localhost:" + port, "Basic " + token);
  }

  /** A script sending a personal API token with every request. */
  static Http bearer(int port, String token) {
    return new Http("http://localhost:" + port, "Bearer " + token);
  }

  /** A browser session that also sends a personal API token (which must win). */
  Http withBearer(String token) {
    defaultHeaders.put("Authorization", "Bearer " + token);
    return this;
  }

  /**
   * This client as one behind a proxy (the tests' server trusts forwarded headers from localhost):
   * every request says it came from {@code address}, so limits per address can be tested apart.
   */
  Http from(String address) {
    defaultHeaders.put("X-Forwarded-For", address);
    return this;
  }

  /** Every request says it reached the proxy over TLS. */
  Http overTls() {
    defaultHeaders.put("X-Forwarded-Proto", "https");
    return this;
  }

  /** A response, its body kept as bytes. */
  record Response(int status, java.net.http.HttpHeaders headers, byte[] body) {

    String text() {
      return new String(body, StandardCharsets.UTF_8);
    }

    JsonNode json() {
      return JSON.readTree(body);
    }

    String contentType() {
      return headers.firstValue("Content-Type").orElse("");
    }

    String location() {
      return headers.firstValue("Location").orElse("");
    }

    /** Every {@code errors[].field → message} of a problem answer. */
    Map<String, String> fieldErrors() {
      Map<String, String> errors = new LinkedHashMap<>();
      json()
          .path("errors")
          .values()
          .forEach(e -> errors.put(e.path("field").asString(), e.path("message").asString()));
      return errors;
    }

    @Override
    public String toString() {
      String text = text();
      return status
          + " "
          + contentType()
          + " "
          + (text.length() > 600 ? text.substring(0, 600) + "…" : text);
    }
  }

  Response get(String path) {
    return send(request(path).GET(), Map.of());
  }

  Response get(String path, Map<String, String> headers) {
    return send(request(path).GET(), headers);
  }

  Response postJson(String path, Object body) {
    return postJson(path, body, Map.of());
  }

  Response postJson(String path, Object body, Map<String, String> headers) {
    return send(
        request(path)
            .header("Content-Type", "application/json")
            .setHeader("Accept", JSON_ACCEPT)
            .POST(HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body))),
        headers);
  }

  Response putJson(String path, Object body) {
    return putJson(path, body, Map.of());
  }

  Response putJson(String path, Object body, Map<String, String> headers) {
    return send(
        request(path)
            .header("Content-Type", "application/json")
            .setHeader("Accept", JSON_ACCEPT)
            .PUT(HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body))),
        headers);
  }

  /** Any method with any body and content type, as a hostile client would send it. */
  Response raw(String method, String path, String contentType, byte[] body) {
    HttpRequest.Builder builder = request(path);
    if (contentType != null) {
      builder.header("Content-Type", contentType);
    }
    builder.setHeader("Accept", JSON_ACCEPT);
    return send(
        builder.method(
            method,
            body == null
                ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofByteArray(body)),
        Map.of());
  }

  /** A PUT of JSON text exactly as given (malformed JSON, escapes a mapper would not write). */
  Response putRawJson(String path, String json) {
    return send(
        request(path)
            .header("Content-Type", "application/json")
            .setHeader("Accept", JSON_ACCEPT)
            .PUT(HttpRequest.BodyPublishers.ofString(json)),
        Map.of());
  }

  Response delete(String path) {
    return delete(path, Map.of());
  }

  Response delete(String path, Map<String, String> headers) {
    return send(request(path).DELETE(), headers);
  }

  /** A form post as a browser sends it; add {@code _csrf} yourself where the test wants it. */
  Response postForm(String path, Map<String, String> fields) {
    StringJoiner form = new StringJoiner("&");
    fields.forEach(
        (name, value) ->
            form.add(
                URLEncoder.encode(name, StandardCharsets.UTF_8)
                    + "="
                    + URLEncoder.encode(value, StandardCharsets.UTF_8)));
    return send(
        request(path)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form.toString())),
        Map.of());
  }

  /** A multipart upload of one file (part {@code file}) and some plain fields. */
  Response upload(String path, String filename, byte[] content, Map<String, String> fields) {
    String boundary = "----lvzhi-it-" + UUID.randomUUID();
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    try {
      for (Map.Entry<String, String> field : fields.entrySet()) {
        body.write(
            ("--"
                    + boundary
                    + "\r\nContent-Disposition: form-data; name=\""
                    + field.getKey()
                    + "\"\r\n\r\n"
                    + field.getValue()
                    + "\r\n")
                .getBytes(StandardCharsets.UTF_8));
      }
      body.write(
          ("--"
                  + boundary
                  + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                  + filename
                  + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
              .getBytes(StandardCharsets.UTF_8));
      body.write(content);
      body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return send(
        request(path)
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())),
        Map.of());
  }

  /**
   * Signs in through the login page as a browser does (GET the form for its CSRF token, POST it);
   * answers the POST's response, normally a redirect.
   */
  Response formLogin(String username, String password) {
    Response page = get("/login");
    if (page.status() != 200) {
      throw new IllegalStateException("login page: " + page);
    }
    String token =
        find(INPUT_CSRF, page.text())
            .orElseThrow(() -> new IllegalStateException("no CSRF token on /login"));
    Map<String, String> form = new LinkedHashMap<>();
    form.put("username", username);
    form.put("password", password);
    form.put("_csrf", token);
    return postForm("/login", form);
  }

  /** The CSRF token the home page carries for this session (for scripts of the page). */
  String csrfToken(String pagePath) {
    Response page = get(pagePath);
    return find(META_CSRF, page.text())
        .orElseThrow(
            () -> new IllegalStateException("no CSRF meta tag on " + pagePath + ": " + page));
  }

  /** The CSRF token of the form on a page (pages without the signed-in layout's meta tag). */
  String formToken(String pagePath) {
    Response page = get(pagePath);
    return find(INPUT_CSRF, page.text())
        .orElseThrow(() -> new IllegalStateException("no CSRF field on " + pagePath + ": " + page));
  }

  boolean hasSession() {
    return cookies.containsKey("SESSION") || cookies.containsKey("JSESSIONID");
  }

  private static Optional<String> find(Pattern pattern, String text) {
    Matcher matcher = pattern.matcher(text);
    return matcher.find()
        ? Optional.of(matcher.group(1).replace("&#61;", "=").replace("&#45;", "-"))
        : Optional.empty();
  }

  private HttpRequest.Builder request(String path) {
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60));
    if (authorization != null) {
      builder.header("Authorization", authorization);
    }
    // What a browser asks for (pages, and error pages rather than error JSON) or what a script asks
    // for.
    builder.setHeader("Accept", authorization == null ? BROWSER_ACCEPT : JSON_ACCEPT);
    if (!cookies.isEmpty()) {
      StringJoiner cookie = new StringJoiner("; ");
      cookies.forEach((name, value) -> cookie.add(name + "=" + value));
      builder.header("Cookie", cookie.toString());
    }
    return builder;
  }

  private Response send(HttpRequest.Builder builder, Map<String, String> headers) {
    defaultHeaders.forEach(builder::setHeader);
    headers.forEach(builder::setHeader);
    try {
      HttpResponse<byte[]> response =
          CLIENT.send(builder.build(), HttpResponse.BodyHandlers.ofByteArray());
      remember(response.headers().allValues("Set-Cookie"));
      return new Response(response.statusCode(), response.headers(), response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private void remember(List<String> setCookies) {
    for (String setCookie : setCookies) {
      String pair = setCookie.split(";", 2)[0];
      int eq = pair.indexOf('=');
      if (eq <= 0) {
        continue;
      }
      String name = pair.substring(0, eq).trim();
      String value = pair.substring(eq + 1).trim();
      boolean expired = setCookie.toLowerCase(java.util.Locale.ROOT).contains("max-age=0");
      if (expired || value.isEmpty()) {
        cookies.remove(name);
      } else {
        cookies.put(name, value);
      }
    }
  }
}
