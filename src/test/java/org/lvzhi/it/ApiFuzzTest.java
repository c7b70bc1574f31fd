package org.lvzhi.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.lvzhi.system.Role;
import tools.jackson.databind.JsonNode;

/**
 * Reads the running application's OpenAPI document and, for every operation and every role, sends
 * hostile values for each path variable, query parameter and body property (huge numbers, negative
 * years, NUL, unpaired surrogates, objects and lists where a text belongs, very long texts,
 * malformed JSON, a wrong content type). No answer may be a 5xx, and a refused request (4xx) must
 * have written nothing (the history trail and the main tables keep their row counts).
 *
 * <p>Seeded, so a failure repeats; bounded by tries per operation and a time budget. Runs in its
 * own surefire execution ({@code *FuzzTest}).
 */
@OnH2
class ApiFuzzTest extends IntegrationTestSupport {

  private static final long BUDGET_MILLIS = 75_000;
  private static final int TRIES_PER_OPERATION = 4;
  private static final List<String> COUNTED =
      List.of("history_entry", "member", "activity", "participation", "attachment", "account");

  private static final List<Object> HOSTILE =
      List.of(
          "",
          "\u0000",
          "a\u0000b",
          "\ud800",
          "x\udc00y",
          "字".repeat(5000),
          "-2147483648",
          "2147483648",
          "99999999999999999999999",
          "-1",
          "0",
          "1e309",
          "NaN",
          "-0001-01-01",
          "+999999999-12-31",
          "2024-02-30",
          "9999-12-31T23:59",
          "'; drop table member; --",
          "../../etc/passwd",
          "%00",
          Long.MAX_VALUE,
          Long.MIN_VALUE,
          Integer.MIN_VALUE,
          -2147483648,
          1.0e300,
          -0.5,
          true,
          Map.of("a", 1),
          List.of(Map.of()),
          List.of("x", 1));

  @Test
  void noOperationAnswersA5xxAndARefusalWritesNothing() {
    JsonNode docs = admin().get("/v3/api-docs").json();
    Random random = new Random(20261201L);
    List<Http> clients = new ArrayList<>();
    clients.add(admin());
    for (Role role : Role.values()) {
      if (role != Role.ADMIN) {
        clients.add(as(role));
      }
    }
    clients.add(anonymous());
    long deadline = System.currentTimeMillis() + BUDGET_MILLIS;
    List<String> failures = new ArrayList<>();
    int sent = 0;
    for (Map.Entry<String, JsonNode> path : docs.path("paths").properties()) {
      if (path.getKey().contains("password") || path.getKey().contains("logout")) {
        continue;
      }
      for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
        String method = operation.getKey().toUpperCase(java.util.Locale.ROOT);
        if (!List.of("GET", "POST", "PUT", "DELETE", "PATCH").contains(method)) {
          continue;
        }
        for (int attempt = 0; attempt < TRIES_PER_OPERATION; attempt++) {
          if (System.currentTimeMillis() > deadline) {
            break;
          }
          Http client = clients.get(random.nextInt(clients.size()));
          Request request = request(docs, path.getKey(), operation.getValue(), random, attempt);
          Map<String, Long> before = counts();
          Http.Response response =
              client.raw(method, request.uri(), request.contentType(), request.body());
          sent++;
          String what =
              method
                  + " "
                  + request.uri()
                  + " "
                  + (request.body() == null
                      ? ""
                      : new String(request.body(), StandardCharsets.UTF_8)
                          .substring(0, Math.min(200, request.body().length)))
                  + " → "
                  + response.status()
                  + " "
                  + response.text().substring(0, Math.min(300, response.text().length()));
          if (response.status() >= 500) {
            failures.add(what);
          } else if (response.status() == 409 && response.text().contains(DATABASE_REFUSED)) {
            // Too long, out of range, unknown reference: input is refused (400) before the
            // database would refuse it; the database's own refusal is a 409 that names nothing.
            failures.add("refused by the database, not by the input checks: " + what);
          } else if (response.status() >= 400 && !counts().equals(before)) {
            failures.add("wrote although refused: " + what);
          }
        }
      }
    }
    assertThat(sent).isGreaterThan(100);
    assertThat(failures).as("answers that were 5xx or refused but wrote").isEmpty();
  }

  /** The detail of a 409 from a database constraint (problem.integrity.detail). */
  private static final String DATABASE_REFUSED = "该记录与其他记录冲突";

  private Map<String, Long> counts() {
    Map<String, Long> counts = new LinkedHashMap<>();
    for (String table : COUNTED) {
      counts.put(table, jdbc.sql("select count(*) from " + table).query(Long.class).single());
    }
    return counts;
  }

  record Request(String uri, String contentType, byte[] body) {}

  private static Request request(
      JsonNode docs, String template, JsonNode operation, Random random, int attempt) {
    String uri = template;
    StringBuilder query = new StringBuilder();
    for (JsonNode parameter : operation.path("parameters")) {
      String name = parameter.path("name").asString();
      String in = parameter.path("in").asString();
      String value = text(pick(random));
      if (in.equals("path")) {
        String chosen = random.nextInt(3) == 0 ? "1" : value;
        uri = uri.replace("{" + name + "}", encode(chosen));
      } else if (in.equals("query") && random.nextBoolean()) {
        query
            .append(query.length() == 0 ? "?" : "&")
            .append(encode(name))
            .append('=')
            .append(encode(value));
      }
    }
    uri = uri.replaceAll("\\{[^}]+}", "1");
    if (random.nextInt(4) == 0) {
      query
          .append(query.length() == 0 ? "?" : "&")
          .append("f_nope=")
          .append(encode(text(pick(random))));
    }
    JsonNode content = operation.path("requestBody").path("content");
    if (content.isMissingNode() || content.isEmpty()) {
      return new Request(uri + query, null, null);
    }
    if (content.has("multipart/form-data")) {
      String boundary = "fuzz" + random.nextInt(1_000_000);
      String name = attempt % 2 == 0 ? "a\u0000b.xlsx" : "\ud800.csv";
      String body =
          "--"
              + boundary
              + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
              + name
              + "\"\r\nContent-Type: application/octet-stream\r\n\r\n"
              + text(pick(random))
              + "\r\n--"
              + boundary
              + "--\r\n";
      return new Request(
          uri + query,
          "multipart/form-data; boundary=" + boundary,
          body.getBytes(StandardCharsets.UTF_8));
    }
    switch (attempt) {
      case 1 -> {
        return new Request(
            uri + query, "application/json", "{\"a\": [".getBytes(StandardCharsets.UTF_8));
      }
      case 2 -> {
        return new Request(uri + query, "text/plain", "hello".getBytes(StandardCharsets.UTF_8));
      }
      default -> {}
    }
    JsonNode schema = resolve(docs, content.path("application/json").path("schema"));
    Map<String, Object> body = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> property : schema.path("properties").properties()) {
      if (random.nextInt(4) != 0) {
        body.put(property.getKey(), pick(random));
      }
    }
    String json = Http.JSON.writeValueAsString(body);
    return new Request(uri + query, "application/json", json.getBytes(StandardCharsets.UTF_8));
  }

  private static JsonNode resolve(JsonNode docs, JsonNode schema) {
    String ref = schema.path("$ref").asString("");
    if (ref.startsWith("#/components/schemas/")) {
      return docs.path("components").path("schemas").path(ref.substring(21));
    }
    return schema;
  }

  private static Object pick(Random random) {
    return HOSTILE.get(random.nextInt(HOSTILE.size()));
  }

  private static String text(Object value) {
    return value instanceof String s ? s : Http.JSON.writeValueAsString(value);
  }

  private static String encode(String value) {
    // URLEncoder cannot encode a lone surrogate (it becomes "?"): send its UTF-8-less form as
    // %ED%A0%80.
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("%3F", "%ED%A0%80");
  }
}
