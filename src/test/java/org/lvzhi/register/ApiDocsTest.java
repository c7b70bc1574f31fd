package org.lvzhi.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import io.swagger.parser.OpenAPIParser;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The OpenAPI document at {@code /v3/api-docs} is valid and typed: every record type in the context
 * (whatever module declares it) has its own paths and a schema of exactly its fields, and no
 * request body in the whole document is an untyped object. A register added without appearing here
 * fails.
 */
// The same context as RecordTypeMessagesTest (same annotation), so the two share one start.
@SpringBootTest(
    properties = {
      "spring.datasource.url=jdbc:h2:mem:messages;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
      "lvzhi.admin.password=Yunxi-Pass-2026!"
    })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiDocsTest {

  @Autowired WebApplicationContext context;
  @Autowired List<RecordType> types;

  private String json;
  private OpenAPI api;

  @BeforeAll
  void fetchTheDocument() throws Exception {
    MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    // Anonymous, as a script discovering the API would fetch it.
    var response = mvc.perform(get("/v3/api-docs")).andReturn().getResponse();
    assertThat(response.getStatus()).isEqualTo(200);
    json = response.getContentAsString(StandardCharsets.UTF_8);
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    SwaggerParseResult result = new OpenAPIV3Parser().readContents(json, null, options);
    assertThat(result.getMessages()).as("swagger-parser's messages").isEmpty();
    api = result.getOpenAPI();
    assertThat(api).isNotNull();
  }

  @Test
  void theDocumentIsValidOpenApi31() {
    assertThat(api.getOpenapi()).startsWith("3.1");
    // The other entry point (used by code generators) reads it without complaint too.
    assertThat(new OpenAPIParser().readContents(json, null, new ParseOptions()).getMessages())
        .isEmpty();
  }

  @Test
  void everyReferenceResolvesAndEveryOperationIdIsUnique() {
    Set<String> refs = new TreeSet<>();
    collectRefs(JsonMapper.builder().build().readTree(json), refs);
    for (String ref : refs) {
      assertThat(ref).startsWith("#/components/schemas/");
      assertThat(api.getComponents().getSchemas()).as("target of %s", ref).containsKey(name(ref));
    }
    List<String> ids = new ArrayList<>();
    api.getPaths()
        .values()
        .forEach(item -> item.readOperations().forEach(op -> ids.add(op.getOperationId())));
    assertThat(ids).doesNotContainNull().doesNotHaveDuplicates();
  }

  @Test
  void theGenericTypePathsAreNotInTheDocument() {
    assertThat(api.getPaths().keySet()).noneMatch(path -> path.contains("{type}"));
    assertThat(api.getComponents().getSchemas()).doesNotContainKey("RecordPage");
  }

  @Test
  void everyRegisterHasItsOwnPaths() {
    assertThat(types).hasSizeGreaterThanOrEqualTo(16);
    for (RecordType type : types) {
      String base = "/api/v1/" + type.name;
      String name = RegisterApiDocs.schemaName(type);
      PathItem list = path(base);
      assertThat(list.getGet()).as("GET %s", base).isNotNull();
      assertThat(ref(jsonSchema(list.getGet(), "200")))
          .as("GET %s answers a page", base)
          .isEqualTo(name + "Page");
      if (type.creatable) {
        assertThat(list.getPost()).as("POST %s", base).isNotNull();
        assertThat(ref(body(list.getPost()))).as("POST %s body", base).isEqualTo(name + "Input");
        assertThat(list.getPost().getResponses()).containsKeys("201", "400", "403");
      } else if (list.getPost() != null) {
        assertThat(list.getPost().getOperationId())
            .as("POST %s is the module's own", base)
            .isNotEqualTo("create" + name);
      }

      PathItem one = path(base + "/{id}");
      assertThat(ref(jsonSchema(one.getGet(), "200"))).as("GET %s/{id}", base).isEqualTo(name);
      assertThat(one.getGet().getResponses()).containsKeys("403", "404");
      assertThat(ref(body(one.getPut()))).as("PUT %s/{id} body", base).isEqualTo(name + "Update");
      assertThat(one.getPut().getResponses()).containsKeys("200", "400", "403", "404", "409");
      assertThat(one.getDelete() != null).as("DELETE %s/{id}", base).isEqualTo(type.deletable);
      if (type.deletable) {
        Parameter version =
            one.getDelete().getParameters().stream()
                .filter(p -> p.getName().equals("version"))
                .findFirst()
                .orElseThrow();
        assertThat(version.getIn()).isEqualTo("query");
        assertThat(version.getRequired()).isTrue();
        assertThat(one.getDelete().getResponses()).containsKeys("204", "409");
      }

      assertThat(path(base + "/{id}/history").getGet()).isNotNull();
      assertThat(path(base + "/schema").getGet()).isNotNull();
      assertThat(path(base + "/export.xlsx").getGet().getResponses().get("200").getContent())
          .containsKey(SheetResponses.XLSX);
      assertThat(api.getPaths().containsKey(base + "/import"))
          .as("%s/import", base)
          .isEqualTo(type.importable);
      assertThat(api.getPaths().containsKey(base + "/import/template.xlsx"))
          .isEqualTo(type.importable);
      if (type.importable) {
        Schema<?> multipart =
            path(base + "/import")
                .getPost()
                .getRequestBody()
                .getContent()
                .get("multipart/form-data")
                .getSchema();
        Schema<?> file = multipart.getProperties().get("file");
        assertThat(file.getFormat()).isEqualTo("binary");
      }
      for (RecordAction action : type.actions) {
        Operation act = path(base + "/{id}/actions/" + action.name()).getPost();
        assertThat(act).as("action %s of %s", action.name(), type.name).isNotNull();
        assertThat(ref(jsonSchema(act, "200"))).isEqualTo("Messages");
      }
    }
  }

  @Test
  void everyRecordSchemaHasExactlyTheFieldsOfItsType() {
    for (RecordType type : types) {
      String name = RegisterApiDocs.schemaName(type);
      Schema<?> record = component(name);
      Set<String> expected = new LinkedHashSet<>(List.of("id", "version"));
      type.fields.forEach(f -> expected.add(f.name));
      expected.add("display");
      assertThat(record.getProperties().keySet())
          .as("properties of %s", name)
          .containsExactlyElementsOf(expected);
      assertThat(record.getRequired())
          .as("%s: every key is always answered", name)
          .containsExactlyInAnyOrderElementsOf(expected);
      assertThat(typesOf(record.getProperties().get("id"))).contains("integer");
      assertThat(typesOf(record.getProperties().get("version"))).contains("integer");
      assertThat(record.getProperties().get("display").getProperties().keySet())
          .containsExactlyElementsOf(type.fields.stream().map(f -> f.name).toList());

      for (Field field : type.fields) {
        Schema<?> property = record.getProperties().get(field.name);
        assertThat(typesOf(property)).as("%s.%s", name, field.name).contains(answeredType(field));
        assertThat(property.getDescription())
            .as("%s.%s is described", name, field.name)
            .isNotBlank();
        checkValues(name, field, property);
      }

      Set<String> enterable = new LinkedHashSet<>();
      type.fields.stream().filter(f -> !f.readOnly).forEach(f -> enterable.add(f.name));
      List<String> demanded =
          type.fields.stream().filter(RegisterApiDocs::demanded).map(f -> f.name).toList();
      if (type.creatable) {
        Schema<?> input = component(name + "Input");
        assertThat(input.getProperties().keySet())
            .as("%sInput", name)
            .containsExactlyElementsOf(enterable);
        assertThat(nullToEmpty(input.getRequired()))
            .as("%sInput required", name)
            .containsExactlyInAnyOrderElementsOf(demanded);
        for (Field field : type.fields) {
          if (!field.readOnly) {
            checkValues(name + "Input", field, input.getProperties().get(field.name));
          }
        }
      } else {
        assertThat(api.getComponents().getSchemas()).doesNotContainKey(name + "Input");
      }
      Schema<?> update = component(name + "Update");
      Set<String> changeable = new LinkedHashSet<>(List.of("version"));
      type.fields.stream().filter(f -> !f.fixedAfterCreate).forEach(f -> changeable.add(f.name));
      assertThat(update.getProperties().keySet())
          .as("%sUpdate", name)
          .containsExactlyElementsOf(changeable);
      assertThat(update.getRequired())
          .as("%sUpdate required", name)
          .contains("version")
          .containsAll(demanded.stream().filter(changeable::contains).toList());

      Schema<?> page = component(name + "Page");
      assertThat(page.getProperties().keySet())
          .containsExactlyInAnyOrder("rows", "page", "size", "total");
      assertThat(ref(page.getProperties().get("rows").getItems())).isEqualTo(name);
    }
  }

  /**
   * Enums of codes, references naming their type, lengths and ranges: in answers and inputs alike.
   */
  private void checkValues(String schema, Field field, Schema<?> property) {
    String what = schema + "." + field.name;
    switch (field.type) {
      case CHOICE ->
          assertThat(codes(property)).as("%s enum", what).containsExactlyElementsOf(field.choices);
      case CHOICES -> {
        assertThat(codes(property.getItems()))
            .as("%s items enum", what)
            .containsExactlyElementsOf(field.choices);
        assertThat(property.getUniqueItems()).isTrue();
      }
      case REFERENCE -> {
        assertThat(property.getFormat()).as(what).isEqualTo("int64");
        assertThat(property.getExtensions())
            .as(what)
            .containsEntry(RegisterApiDocs.REFERENCE, field.target);
      }
      case REFERENCES -> {
        assertThat(property.getItems().getFormat()).as(what).isEqualTo("int64");
        assertThat(property.getExtensions())
            .as(what)
            .containsEntry(RegisterApiDocs.REFERENCE, field.target);
      }
      case TEXT, TEXTAREA ->
          assertThat(property.getMaxLength()).as("%s maxLength", what).isEqualTo(field.maxLength);
      case INTEGER, DECIMAL -> {
        assertThat(property.getMinimum())
            .as("%s minimum", what)
            .isEqualTo(field.min == null ? null : BigDecimal.valueOf(field.min));
        assertThat(property.getMaximum())
            .as("%s maximum", what)
            .isEqualTo(field.max == null ? null : BigDecimal.valueOf(field.max));
      }
      case DATE -> assertThat(property.getFormat()).as(what).isEqualTo("date");
      case AMOUNT -> {
        assertThat(property.getDescription()).as("%s names its unit", what).contains("yuan");
        assertThat(property.getPattern()).as(what).isEqualTo(org.lvzhi.shared.Amount.YUAN_PATTERN);
      }
      default -> {}
    }
  }

  @Test
  void listsOfferTheFiltersAndSortsOfTheirType() {
    for (RecordType type : types) {
      Operation list = path("/api/v1/" + type.name).getGet();
      Map<String, Schema<?>> parameters = new java.util.HashMap<>();
      list.getParameters()
          .forEach(
              p -> {
                assertThat(p.getIn()).isEqualTo("query");
                parameters.put(p.getName(), p.getSchema());
              });
      assertThat(parameters).containsKeys("sort", "dir", "page", "size");
      assertThat(parameters.get("size").getMaximum())
          .isEqualTo(BigDecimal.valueOf(ListRequest.MAX_SIZE));
      assertThat(codes(parameters.get("dir"))).containsExactly("asc", "desc");
      List<String> sortable =
          type.fields.stream().filter(f -> f.sortable && f.stored()).map(f -> f.name).toList();
      if (!sortable.isEmpty()) {
        assertThat(codes(parameters.get("sort")))
            .as("sort of %s", type.name)
            .containsExactlyElementsOf(sortable);
      }
      assertThat(parameters.containsKey("q"))
          .as("q of %s", type.name)
          .isEqualTo(type.fields.stream().anyMatch(f -> f.searchable && f.stored()));
      for (Field field : type.fields) {
        String filter = "f_" + field.name;
        boolean equality = field.filterable && field.type != Field.Type.DATETIME;
        assertThat(parameters.containsKey(filter))
            .as("%s of %s", filter, type.name)
            .isEqualTo(equality);
        if (equality && (field.type == Field.Type.CHOICE || field.type == Field.Type.CHOICES)) {
          assertThat(codes(parameters.get(filter)))
              .as("%s of %s", filter, type.name)
              .containsExactlyElementsOf(field.choices);
        }
        boolean range =
            field.filterable
                && (field.type == Field.Type.DATE || field.type == Field.Type.DATETIME);
        assertThat(parameters.containsKey(filter + ".from"))
            .as("%s.from of %s", filter, type.name)
            .isEqualTo(range);
        assertThat(parameters.containsKey(filter + ".to"))
            .as("%s.to of %s", filter, type.name)
            .isEqualTo(range);
      }
    }
  }

  @Test
  void everyRequestBodyInTheDocumentIsTyped() {
    List<String> untyped = new ArrayList<>();
    int bodies = 0;
    for (Map.Entry<String, PathItem> path : api.getPaths().entrySet()) {
      for (Map.Entry<PathItem.HttpMethod, Operation> op :
          path.getValue().readOperationsMap().entrySet()) {
        if (op.getValue().getRequestBody() == null) {
          continue;
        }
        bodies++;
        Map<String, MediaType> content = op.getValue().getRequestBody().getContent();
        if (content == null || content.isEmpty()) {
          untyped.add(op.getKey() + " " + path.getKey() + ": no content");
          continue;
        }
        content.forEach(
            (mediaType, media) -> {
              if (!typed(media.getSchema(), mediaType.startsWith("multipart/"))) {
                untyped.add(op.getKey() + " " + path.getKey() + " (" + mediaType + ")");
              }
            });
      }
    }
    assertThat(bodies).isGreaterThan(types.size());
    assertThat(untyped).as("request bodies without a typed schema").isEmpty();
  }

  @Test
  void errorsAreProblemJson() {
    Schema<?> problem = component(RegisterApiDocs.PROBLEM);
    assertThat(problem.getProperties())
        .containsKeys("type", "title", "status", "detail", "instance", "errors");
    for (RecordType type : types) {
      var responses = path("/api/v1/" + type.name + "/{id}").getPut().getResponses();
      for (String status : List.of("400", "403", "404", "409")) {
        assertThat(
                ref(responses.get(status).getContent().get("application/problem+json").getSchema()))
            .isEqualTo(RegisterApiDocs.PROBLEM);
      }
    }
  }

  // ---- helpers ----

  /** A $ref to a component with properties, an object with properties, or a file (multipart). */
  private boolean typed(Schema<?> schema, boolean multipart) {
    if (schema == null) {
      return false;
    }
    if (schema.get$ref() != null) {
      Schema<?> target = api.getComponents().getSchemas().get(name(schema.get$ref()));
      return target != null && typed(target, multipart);
    }
    if ("binary".equals(schema.getFormat())) {
      return true;
    }
    if (schema.getProperties() == null || schema.getProperties().isEmpty()) {
      return false;
    }
    // A multipart body must carry at least one typed part; JSON properties must each have a type or
    // $ref.
    return schema.getProperties().values().stream()
            .allMatch(
                p ->
                    p.get$ref() != null
                        || !typesOf(p).isEmpty()
                        || p.getAllOf() != null
                        || p.getOneOf() != null)
        && (!multipart
            || schema.getProperties().values().stream()
                .anyMatch(
                    p ->
                        "binary".equals(p.getFormat())
                            || (p.getItems() != null
                                && "binary".equals(p.getItems().getFormat()))));
  }

  private PathItem path(String path) {
    PathItem item = api.getPaths().get(path);
    assertThat(item).as("path %s", path).isNotNull();
    return item;
  }

  private Schema<?> component(String name) {
    Schema<?> schema = api.getComponents().getSchemas().get(name);
    assertThat(schema).as("component %s", name).isNotNull();
    return schema;
  }

  private static Schema<?> jsonSchema(Operation operation, String status) {
    assertThat(operation).isNotNull();
    assertThat(operation.getResponses()).containsKey(status);
    return operation.getResponses().get(status).getContent().get("application/json").getSchema();
  }

  private static Schema<?> body(Operation operation) {
    assertThat(operation).isNotNull();
    return operation.getRequestBody().getContent().get("application/json").getSchema();
  }

  private static String ref(Schema<?> schema) {
    assertThat(schema).isNotNull();
    return schema.get$ref() == null ? null : name(schema.get$ref());
  }

  private static String name(String ref) {
    return ref.substring(ref.lastIndexOf('/') + 1);
  }

  /** The JSON types of a schema: OpenAPI 3.1 keeps them as a set, 3.0 as one. */
  private static Set<String> typesOf(Schema<?> schema) {
    Set<String> types = new HashSet<>();
    if (schema.getTypes() != null) {
      types.addAll(schema.getTypes());
    }
    if (schema.getType() != null) {
      types.add(schema.getType());
    }
    return types;
  }

  /** The enum's codes, without the null a nullable enum lists too. */
  private static List<String> codes(Schema<?> schema) {
    assertThat(schema).isNotNull();
    assertThat(schema.getEnum()).as("enum").isNotNull();
    return schema.getEnum().stream()
        .filter(java.util.Objects::nonNull)
        .map(Object::toString)
        .toList();
  }

  private static String answeredType(Field field) {
    return switch (field.type) {
      case INTEGER, REFERENCE -> "integer";
      case DECIMAL -> "number";
      case BOOLEAN -> "boolean";
      case CHOICES, REFERENCES -> "array";
      default -> "string";
    };
  }

  private static List<String> nullToEmpty(List<String> list) {
    return list == null ? List.of() : list;
  }

  private static void collectRefs(JsonNode node, Set<String> refs) {
    if (node.isObject()) {
      node.properties()
          .forEach(
              entry -> {
                if (entry.getKey().equals("$ref") && entry.getValue().isString()) {
                  refs.add(entry.getValue().asString());
                } else {
                  collectRefs(entry.getValue(), refs);
                }
              });
    } else if (node.isArray()) {
      node.values().forEach(child -> collectRefs(child, refs));
    }
  }
}
