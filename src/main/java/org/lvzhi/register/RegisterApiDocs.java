package org.lvzhi.register;

import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.Paths;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.BooleanSchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.DateSchema;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.NumberSchema;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.parameters.PathParameter;
import io.swagger.v3.oas.models.parameters.QueryParameter;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.tags.Tag;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.lvzhi.history.HistoryEntry;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The OpenAPI document of every register, generated from the record types the modules declare: each
 * type under its own paths ({@code /api/v1/members}, {@code /api/v1/members/{id}} …) with schemas
 * built from its fields ({@code Member} as the API answers it, {@code MemberInput} and {@code
 * MemberUpdate} as it reads it, {@code MemberPage} for lists). The controllers map one generic
 * {@code /api/v1/{type}}; they are hidden from the document so that it names every register once.
 *
 * <p>It describes what the API does today, including where answer and input differ (references are
 * answered as ids and read as an id or a name). Amounts travel one way in both directions: exact
 * decimal strings in yuan, so a record read and sent back unchanged keeps its amounts.
 */
@Component
class RegisterApiDocs implements OpenApiCustomizer {

  /** On a reference property or parameter: the name of the record type the id belongs to. */
  static final String REFERENCE = "x-lvzhi-reference";

  /** RFC 9457 problem JSON as {@code ApiExceptionHandler} and the security filters answer it. */
  static final String PROBLEM = "ApiProblem";

  /**
   * The label of each code of an enum, in the enum's order (the convention of openapi-generator).
   */
  static final String ENUM_DESCRIPTIONS = "x-enum-descriptions";

  private static final String COMPONENTS = "#/components/schemas/";
  private static final String JSON = "application/json";
  private static final String PROBLEM_JSON = "application/problem+json";
  private static final String MULTIPART = "multipart/form-data";
  private static final String PROBLEM_ERROR = "ApiProblemError";
  private static final String DATE_TIME_PATTERN = "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2})?$";
  private static final String MOBILE_PATTERN = "^1[3-9]\\d{9}$";
  private static final String CREDIT_CODE_PATTERN =
      "^[0-9A-HJ-NPQRTUWXY]{2}\\d{6}[0-9A-HJ-NPQRTUWXY]{10}$";

  private final RecordTypes types;
  private final MessageSource messages;

  RegisterApiDocs(RecordTypes types, MessageSource messages) {
    this.types = types;
    this.messages = messages;
  }

  @Override
  public void customise(OpenAPI api) {
    if (api.getComponents() == null) {
      api.setComponents(new Components());
    }
    if (api.getPaths() == null) {
      api.setPaths(new Paths());
    }
    addSharedSchemas(api.getComponents());
    types.all().stream()
        .sorted(Comparator.comparing(RecordType::name))
        .forEach(type -> document(api, type));
  }

  /** The component name of a type's records: {@code members} → {@code Member}. */
  static String schemaName(RecordType type) {
    String[] words = type.name.split("-");
    StringBuilder name = new StringBuilder();
    for (int i = 0; i < words.length; i++) {
      String word = i == words.length - 1 ? singular(words[i]) : words[i];
      name.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
    }
    return name.toString();
  }

  private static String singular(String word) {
    if (word.endsWith("ies")) {
      return word.substring(0, word.length() - 3) + "y";
    }
    return word.endsWith("s") ? word.substring(0, word.length() - 1) : word;
  }

  // ---- one register ----

  private void document(OpenAPI api, RecordType type) {
    String name = schemaName(type);
    String base = "/api/v1/" + type.name;
    String tag = type.name;
    api.addTagsItem(new Tag().name(tag).description(bilingual(type.labelKey) + " — " + base));
    Components components = api.getComponents();
    put(components, name, record(type));
    put(components, name + "Update", input(type, true));
    if (type.creatable) {
      put(components, name + "Input", input(type, false));
    }
    put(
        components,
        name + "Page",
        new ObjectSchema()
            .description("一页记录 — one page of " + type.name + " (page from 1)")
            .addProperty("rows", new ArraySchema().items(ref(name)))
            .addProperty("page", new IntegerSchema().minimum(BigDecimal.ONE))
            .addProperty(
                "size",
                new IntegerSchema()
                    .minimum(BigDecimal.ONE)
                    .maximum(BigDecimal.valueOf(ListRequest.MAX_SIZE)))
            .addProperty("total", new IntegerSchema().format("int64").minimum(BigDecimal.ZERO))
            .required(List.of("rows", "page", "size", "total")));

    add(
        api,
        base,
        PathItem.HttpMethod.GET,
        operation(
                tag,
                "list" + pascal(type.name),
                "List " + type.name,
                "Needs "
                    + type.permission("view")
                    + ". Records the user may see (data scope), searched, filtered, sorted and"
                    + " paged. Unknown or malformed filter values are ignored; size is clamped to 1.."
                    + ListRequest.MAX_SIZE
                    + ".")
            .parameters(listParameters(type, true))
            .responses(
                ok("一页记录 — a page", ref(name + "Page"))
                    .addApiResponse("401", problem("not signed in"))
                    .addApiResponse("403", problem("lacks " + type.permission("view")))));
    if (type.creatable) {
      add(
          api,
          base,
          PathItem.HttpMethod.POST,
          operation(
                  tag,
                  "create" + name,
                  "Create a " + name,
                  "Needs "
                      + type.permission("edit")
                      + ". Validated as a whole: 400 with every field's problem, nothing saved."
                      + " Answers the record as read back, with messages to show once.")
              .requestBody(jsonBody(ref(name + "Input")))
              .responses(
                  new ApiResponses()
                      .addApiResponse(
                          "201",
                          json("已创建 — created; Location names the new record", created(name)))
                      .addApiResponse(
                          "400", problem("refused input: errors per field, nothing saved"))
                      .addApiResponse("401", problem("not signed in"))
                      .addApiResponse("403", problem("lacks " + type.permission("edit")))
                      .addApiResponse(
                          "409",
                          problem("conflicts with another record (a database constraint)"))));
    }

    String one = base + "/{id}";
    add(
        api,
        one,
        PathItem.HttpMethod.GET,
        operation(tag, "get" + name, "Read one " + name, "Needs " + type.permission("view") + ".")
            .addParametersItem(idParameter())
            .responses(
                ok("记录 — the record", ref(name))
                    .addApiResponse("401", problem("not signed in"))
                    .addApiResponse("403", problem("lacks " + type.permission("view")))
                    .addApiResponse(
                        "404", problem("no such record, or outside the user's data scope"))));
    add(
        api,
        one,
        PathItem.HttpMethod.PUT,
        operation(
                tag,
                "update" + name,
                "Replace a " + name + "'s fields",
                "Needs "
                    + type.permission("edit")
                    + ". The body carries the version read (409 when the record changed"
                    + " meanwhile) and every field: a field left out or null is emptied (or set to its default)."
                    + fixedNote(type)
                    + " Answers the record as saved.")
            .addParametersItem(idParameter())
            .requestBody(jsonBody(ref(name + "Update")))
            .responses(
                ok("已保存 — the record as saved", ref(name))
                    .addApiResponse(
                        "400",
                        problem("refused input (or no version): errors per field, nothing saved"))
                    .addApiResponse("401", problem("not signed in"))
                    .addApiResponse("403", problem("lacks " + type.permission("edit")))
                    .addApiResponse(
                        "404", problem("no such record, or outside the user's data scope"))
                    .addApiResponse(
                        "409", problem("the record changed since that version was read"))));
    if (type.deletable) {
      add(
          api,
          one,
          PathItem.HttpMethod.DELETE,
          operation(
                  tag,
                  "delete" + name,
                  "Delete a " + name,
                  "Needs " + type.permission("delete") + ".")
              .addParametersItem(idParameter())
              .addParametersItem(
                  new QueryParameter()
                      .name("version")
                      .required(true)
                      .description("the version read")
                      .schema(new IntegerSchema().minimum(BigDecimal.ZERO)))
              .responses(
                  new ApiResponses()
                      .addApiResponse("204", new ApiResponse().description("已删除 — deleted"))
                      .addApiResponse("401", problem("not signed in"))
                      .addApiResponse("403", problem("lacks " + type.permission("delete")))
                      .addApiResponse(
                          "404", problem("no such record, or outside the user's data scope"))
                      .addApiResponse(
                          "409",
                          problem(
                              "the record changed since that version was read, or is still referred to"))));
    }
    add(
        api,
        one + "/history",
        PathItem.HttpMethod.GET,
        operation(
                tag,
                "history" + name,
                "The " + name + "'s history, newest first",
                "Needs " + type.permission("view") + ".")
            .addParametersItem(idParameter())
            .responses(
                ok("历史 — who changed what", new ArraySchema().items(ref("HistoryEntry")))
                    .addApiResponse("401", problem("not signed in"))
                    .addApiResponse("403", problem("lacks " + type.permission("view")))
                    .addApiResponse(
                        "404", problem("no such record, or outside the user's data scope"))));
    for (RecordAction action : type.actions) {
      add(
          api,
          one + "/actions/" + action.name(),
          PathItem.HttpMethod.POST,
          operation(
                  tag,
                  camel(action.name()) + name,
                  bilingual(action.labelKey()),
                  "Needs "
                      + action.permission()
                      + ". Performs the action on a record the user may see and records it in the"
                      + " history; answers messages to show once.")
              .addParametersItem(idParameter())
              .responses(
                  ok("完成 — done", ref("Messages"))
                      .addApiResponse("401", problem("not signed in"))
                      .addApiResponse("403", problem("lacks " + action.permission()))
                      .addApiResponse(
                          "404", problem("no such record, or outside the user's data scope"))
                      .addApiResponse(
                          "409", problem("the action does not apply to the record as it is"))));
    }

    add(
        api,
        base + "/schema",
        PathItem.HttpMethod.GET,
        operation(
                tag,
                "describe" + pascal(type.name),
                "Describe the fields of " + type.name,
                "Needs " + type.permission("view") + ". Labels in the request's language.")
            .responses(
                ok("字段 — the fields", new ArraySchema().items(ref("FieldSchema")))
                    .addApiResponse("401", problem("not signed in"))
                    .addApiResponse("403", problem("lacks " + type.permission("view")))));
    add(
        api,
        base + "/export.xlsx",
        PathItem.HttpMethod.GET,
        operation(
                tag,
                "export" + pascal(type.name),
                "Export " + type.name + " as .xlsx",
                "Needs "
                    + type.permission("export")
                    + ". The same q, f_<field>, sort and dir as the list, without paging; amounts in 万元.")
            .parameters(listParameters(type, false))
            .responses(
                new ApiResponses()
                    .addApiResponse("200", spreadsheet("the list as a spreadsheet"))
                    .addApiResponse("401", problem("not signed in"))
                    .addApiResponse("403", problem("lacks " + type.permission("export")))));
    if (type.importable) {
      add(
          api,
          base + "/import/template.xlsx",
          PathItem.HttpMethod.GET,
          operation(
                  tag,
                  "importTemplate" + pascal(type.name),
                  "Download the import template of " + type.name,
                  "Needs "
                      + type.permission("import")
                      + ". One column per enterable field, headed by its Chinese label.")
              .responses(
                  new ApiResponses()
                      .addApiResponse("200", spreadsheet("an empty template"))
                      .addApiResponse("401", problem("not signed in"))
                      .addApiResponse("403", problem("lacks " + type.permission("import")))));
      Operation importing =
          operation(
                  tag,
                  "import" + pascal(type.name),
                  "Import " + type.name + " from .xlsx or .csv (UTF-8 or GBK)",
                  "Needs "
                      + type.permission("import")
                      + ". All or nothing: 400 with"
                      + " every problem by row and column, and nothing saved.")
              .requestBody(
                  new RequestBody()
                      .required(true)
                      .content(
                          new Content()
                              .addMediaType(
                                  MULTIPART,
                                  new MediaType()
                                      .schema(
                                          new ObjectSchema()
                                              .addProperty(
                                                  "file",
                                                  new StringSchema()
                                                      .format("binary")
                                                      .description(".xlsx or .csv"))
                                              .required(List.of("file"))))))
              .responses(
                  ok("已导入 — imported", ref("ImportResult"))
                      .addApiResponse(
                          "400", problem("refused file: errors by row and column, nothing saved"))
                      .addApiResponse("401", problem("not signed in"))
                      .addApiResponse("403", problem("lacks " + type.permission("import")))
                      .addApiResponse(
                          "409", problem("conflicts with another record (a database constraint)")));
      if (type.importFollowUp != null) {
        importing.addParametersItem(
            new QueryParameter()
                .name("followUp")
                .required(false)
                .description(
                    bilingual(type.importFollowUp.optionLabelKey())
                        + "; the answer's followUpHeaders and followUpRows then hold the result")
                .schema(new BooleanSchema()._default(false)));
      }
      add(api, base + "/import", PathItem.HttpMethod.POST, importing);
    }
  }

  private String fixedNote(RecordType type) {
    List<String> fixed =
        type.fields.stream().filter(f -> f.fixedAfterCreate).map(f -> f.name).toList();
    return fixed.isEmpty()
        ? ""
        : " Kept as they are whatever the body says: " + String.join(", ", fixed) + ".";
  }

  // ---- schemas from fields ----

  /**
   * A record as the API answers it: id, version, every field, and the same values as people read
   * them.
   */
  private Schema<?> record(RecordType type) {
    Schema<?> schema =
        new ObjectSchema()
            .description(
                bilingual(type.labelKey)
                    + " — as the API answers it; every field is present, null where empty");
    schema.addProperty("id", new IntegerSchema().format("int64").readOnly(true));
    schema.addProperty(
        "version",
        new IntegerSchema()
            .minimum(BigDecimal.ZERO)
            .readOnly(true)
            .description("send it back to change or delete the record; a stale one answers 409"));
    Schema<?> display =
        new ObjectSchema()
            .readOnly(true)
            .description(
                "每个字段的显示值 — every field as people read it, in the request's language (empty string"
                    + " where empty)");
    for (Field field : type.fields) {
      schema.addProperty(field.name, answered(field));
      display.addProperty(field.name, new StringSchema());
    }
    display.required(type.fields.stream().map(f -> f.name).toList());
    schema.addProperty("display", display);
    List<String> required = new ArrayList<>(List.of("id", "version"));
    type.fields.forEach(f -> required.add(f.name));
    required.add("display");
    return schema.required(required);
  }

  /**
   * A record as the API reads it: the enterable fields ({@code forUpdate}: with the version,
   * without the fields fixed at creation). Other keys (id, display …) are ignored.
   */
  private Schema<?> input(RecordType type, boolean forUpdate) {
    Schema<?> schema =
        new ObjectSchema()
            .description(
                bilingual(type.labelKey)
                    + (forUpdate
                        ? " — the body of a replace: the version read and every field (left out or null: emptied)"
                        : " — the body of a create (left out or null: empty, or the field's default)")
                    + ". Choices may be given by code or label, references by id or name; other keys are ignored.");
    List<String> required = new ArrayList<>();
    if (forUpdate) {
      schema.addProperty(
          "version",
          new IntegerSchema()
              .minimum(BigDecimal.ZERO)
              .description("the version read, as a JSON number"));
      required.add("version");
    }
    for (Field field : type.fields) {
      if (field.readOnly || (forUpdate && field.fixedAfterCreate)) {
        continue;
      }
      schema.addProperty(field.name, entered(field));
      if (demanded(field)) {
        required.add(field.name);
      }
    }
    return schema.required(required.isEmpty() ? null : required);
  }

  /** Refused when absent: required, without a default (a boolean always has one). */
  static boolean demanded(Field field) {
    return field.required
        && !field.readOnly
        && field.defaultValue == null
        && field.type != Field.Type.BOOLEAN;
  }

  private Schema<?> answered(Field field) {
    Schema<?> schema =
        switch (field.type) {
          case TEXT, TEXTAREA -> new StringSchema().maxLength(field.maxLength);
          case PHONE ->
              new StringSchema().pattern(MOBILE_PATTERN).description("mainland mobile number");
          case CREDIT_CODE ->
              new StringSchema().pattern(CREDIT_CODE_PATTERN).description("统一社会信用代码");
          case INTEGER -> range(new IntegerSchema(), field);
          case DECIMAL ->
              range(new NumberSchema(), field).description("at most " + field.scale + " decimals");
          case AMOUNT -> yuan();
          case DATE -> new DateSchema();
          case DATETIME ->
              new StringSchema()
                  .pattern(DATE_TIME_PATTERN)
                  .example("2024-05-01T09:00:00")
                  .description("local date and time (Asia/Shanghai), no offset");
          case BOOLEAN -> new BooleanSchema();
          case CHOICE -> choice(field);
          case CHOICES -> new ArraySchema().items(choice(field)).uniqueItems(true);
          case REFERENCE -> reference(field);
          case REFERENCES -> new ArraySchema().items(reference(field)).uniqueItems(true);
        };
    describe(schema, field);
    if (field.type == Field.Type.REFERENCES) {
      schema.addExtension(REFERENCE, field.target);
    }
    if (field.readOnly) {
      schema.readOnly(true);
      schema.setDescription(
          schema.getDescription() + "; set by the module's workflow, never entered");
    } else if (field.fixedAfterCreate) {
      schema.setDescription(schema.getDescription() + "; fixed after creation");
    }
    if (!field.required && field.defaultValue == null && !field.joined()) {
      nullable(schema);
    }
    return schema;
  }

  private Schema<?> entered(Field field) {
    Schema<?> schema =
        switch (field.type) {
          case TEXT, TEXTAREA ->
              new StringSchema().maxLength(field.maxLength).description("trimmed");
          case PHONE ->
              new StringSchema().pattern(MOBILE_PATTERN).description("mainland mobile number");
          case CREDIT_CODE ->
              new StringSchema()
                  .minLength(18)
                  .maxLength(18)
                  .description("统一社会信用代码, checked by its check character (lower case is accepted)");
          case INTEGER ->
              range(new IntegerSchema(), field).description("a string of digits is accepted too");
          case DECIMAL ->
              range(new NumberSchema(), field)
                  .description("at most " + field.scale + " decimals; a string is accepted too");
          case AMOUNT -> yuan();
          case DATE -> new DateSchema().description("2024/05/01 and 2024.05.01 are accepted too");
          case DATETIME ->
              new StringSchema()
                  .pattern("^\\d{4}[-/]\\d{2}[-/]\\d{2}[T ]\\d{2}:\\d{2}(:\\d{2})?$")
                  .example("2024-05-01T09:00")
                  .description(
                      "local date and time (Asia/Shanghai), no offset; kept to the minute");
          case BOOLEAN ->
              new BooleanSchema()
                  .description(
                      "left out: "
                          + Objects.requireNonNullElse(field.defaultValue, false)
                          + "; \"是\"/\"否\", 1/0 are accepted too");
          case CHOICE -> choice(field);
          case CHOICES -> new ArraySchema().items(choice(field)).uniqueItems(true);
          case REFERENCE -> reference(field);
          case REFERENCES -> new ArraySchema().items(reference(field)).uniqueItems(true);
        };
    describe(schema, field);
    if (field.type == Field.Type.REFERENCES) {
      schema.addExtension(REFERENCE, field.target);
    }
    if (field.defaultValue != null && field.type != Field.Type.BOOLEAN) {
      schema.setDescription(schema.getDescription() + "; left out: " + field.defaultValue);
    }
    if (!demanded(field) && field.type != Field.Type.BOOLEAN && !field.joined()) {
      nullable(schema);
    }
    return schema;
  }

  /** An amount: yuan as an exact decimal string, read and answered alike. */
  private static Schema<?> yuan() {
    return new StringSchema()
        .pattern(org.lvzhi.shared.Amount.YUAN_PATTERN)
        .maxLength(17)
        .example("75990300.00")
        .description(
            "元 yuan as an exact decimal string, at most two decimals, not negative, at most "
                + org.lvzhi.shared.Amount.COLUMN_MAX.toPlainString()
                + "; read and answered alike (a JSON number is refused)");
  }

  /** Prefixes the field's label (Chinese · English) to what the schema already says. */
  private void describe(Schema<?> schema, Field field) {
    String label = bilingual(field.labelKey);
    schema.setDescription(
        schema.getDescription() == null ? label : label + " — " + schema.getDescription());
  }

  private static <T extends Schema<?>> T range(T schema, Field field) {
    if (field.min != null) {
      schema.setMinimum(BigDecimal.valueOf(field.min));
    }
    if (field.max != null) {
      schema.setMaximum(BigDecimal.valueOf(field.max));
    }
    return schema;
  }

  private Schema<?> choice(Field field) {
    StringSchema schema = new StringSchema();
    field.choices.forEach(schema::addEnumItem);
    schema.addExtension(
        ENUM_DESCRIPTIONS,
        field.choices.stream()
            .map(
                code ->
                    messages.getMessage(
                        field.choiceKeyPrefix + "." + code, null, code, Locale.SIMPLIFIED_CHINESE))
            .toList());
    return schema;
  }

  private Schema<?> reference(Field field) {
    Schema<?> schema =
        new IntegerSchema()
            .format("int64")
            .description(
                "id of a record of " + field.target + " (/api/v1/" + field.target + "/{id})");
    schema.addExtension(REFERENCE, field.target);
    return schema;
  }

  /** JSON null is allowed as well (OpenAPI 3.1: a type array; an enum lists null too). */
  private static void nullable(Schema<?> schema) {
    schema.addType("null");
    if (schema.getEnum() != null) {
      schema.addEnumItemObject(null);
      if (schema.getExtensions() != null
          && schema.getExtensions().get(ENUM_DESCRIPTIONS) instanceof List<?> labels) {
        List<Object> withEmpty = new ArrayList<>(labels);
        withEmpty.add("（空）empty");
        schema.getExtensions().put(ENUM_DESCRIPTIONS, withEmpty);
      }
    }
  }

  private Schema<?> created(String name) {
    return new Schema<>()
        .allOf(
            List.of(
                ref(name),
                new ObjectSchema()
                    .addProperty(
                        "messages",
                        new ArraySchema()
                            .items(new StringSchema())
                            .description("to show the creator once"))
                    .required(List.of("messages"))));
  }

  // ---- parameters ----

  private List<Parameter> listParameters(RecordType type, boolean paged) {
    List<Parameter> parameters = new ArrayList<>();
    List<String> searched =
        type.fields.stream().filter(f -> f.searchable && f.stored()).map(f -> f.name).toList();
    if (!searched.isEmpty()) {
      parameters.add(
          new QueryParameter()
              .name("q")
              .schema(new StringSchema())
              .description(
                  "searches " + String.join(", ", searched) + " (contains, ignoring case)"));
    }
    for (Field field : type.fields) {
      if (!field.filterable) {
        continue;
      }
      Schema<?> value = filterValue(field);
      if (value != null) {
        parameters.add(
            new QueryParameter()
                .name("f_" + field.name)
                .schema(value)
                .description(
                    bilingual(field.labelKey)
                        + (field.joined()
                            ? ": records having this one among theirs"
                            : ": equal to")));
      }
      if (field.type == Field.Type.DATE || field.type == Field.Type.DATETIME) {
        parameters.add(
            new QueryParameter()
                .name("f_" + field.name + ".from")
                .schema(new DateSchema())
                .description(bilingual(field.labelKey) + ": on or after this day"));
        parameters.add(
            new QueryParameter()
                .name("f_" + field.name + ".to")
                .schema(new DateSchema())
                .description(bilingual(field.labelKey) + ": on or before this day"));
      }
    }
    List<String> sortable =
        type.fields.stream().filter(f -> f.sortable && f.stored()).map(f -> f.name).toList();
    String byDefault = "default: " + type.defaultSort + (type.defaultDescending ? " desc" : " asc");
    StringSchema sort = new StringSchema();
    sortable.forEach(sort::addEnumItem);
    parameters.add(
        new QueryParameter()
            .name("sort")
            .description(
                "the field to sort by (" + byDefault + "; any other value sorts by the default)")
            .schema(sortable.isEmpty() ? new StringSchema() : sort));
    parameters.add(
        new QueryParameter()
            .name("dir")
            .description("with sort: asc (default) or desc")
            .schema(new StringSchema()._enum(List.of("asc", "desc"))));
    if (paged) {
      parameters.add(
          new QueryParameter()
              .name("page")
              .description("from 1")
              .schema(new IntegerSchema().minimum(BigDecimal.ONE)._default(1)));
      parameters.add(
          new QueryParameter()
              .name("size")
              .description("rows per page, at most " + ListRequest.MAX_SIZE)
              .schema(
                  new IntegerSchema()
                      .minimum(BigDecimal.ONE)
                      .maximum(BigDecimal.valueOf(ListRequest.MAX_SIZE))
                      ._default(ListRequest.DEFAULT_SIZE)));
    }
    return parameters;
  }

  /**
   * The value of an equality filter, as {@code RecordStore} reads it; none for date-times (ranges
   * only).
   */
  private Schema<?> filterValue(Field field) {
    return switch (field.type) {
      case BOOLEAN -> new BooleanSchema();
      case INTEGER -> new IntegerSchema();
      case DATE -> new DateSchema();
      case DATETIME -> null;
      case CHOICE, CHOICES -> choice(field);
      case REFERENCE, REFERENCES -> reference(field);
      default -> new StringSchema();
    };
  }

  private static Parameter idParameter() {
    return new PathParameter()
        .name("id")
        .required(true)
        .schema(new IntegerSchema().format("int64"));
  }

  // ---- shared schemas, responses and helpers ----

  private void addSharedSchemas(Components components) {
    put(
        components,
        PROBLEM_ERROR,
        new ObjectSchema()
            .description(
                "one problem: of a field (field), or of a spreadsheet cell (row from 1, column header)")
            .addProperty("field", new StringSchema())
            .addProperty("row", new IntegerSchema())
            .addProperty("column", new StringSchema())
            .addProperty("message", new StringSchema())
            .required(List.of("message")));
    put(
        components,
        PROBLEM,
        new ObjectSchema()
            .description(
                "RFC 9457 problem details (application/problem+json); title and detail in Chinese")
            .addProperty(
                "type", new StringSchema().format("uri").description("absent: about:blank"))
            .addProperty("title", new StringSchema())
            .addProperty("status", new IntegerSchema())
            .addProperty("detail", new StringSchema())
            .addProperty("instance", new StringSchema().format("uri-reference"))
            .addProperty(
                "errors",
                new ArraySchema()
                    .items(ref(PROBLEM_ERROR))
                    .description("400 only: every refused field or spreadsheet cell"))
            .required(List.of("title", "status")));
    for (Type model :
        List.of(
            HistoryEntry.class,
            RegisterApiController.Messages.class,
            RegisterApiController.FieldSchema.class,
            RegisterSheetApiController.ImportResult.class)) {
      @SuppressWarnings("rawtypes")
      Map<String, Schema> resolved =
          ModelConverters.getInstance(true).readAll(new AnnotatedType(model));
      resolved.forEach((name, schema) -> put(components, name, schema));
    }
  }

  /**
   * Adds a component; a different schema of the same name (another module's class) is a mistake to
   * fix.
   */
  private static void put(Components components, String name, Schema<?> schema) {
    Schema<?> existing = components.getSchemas() == null ? null : components.getSchemas().get(name);
    if (existing != null && !existing.equals(schema)) {
      throw new IllegalStateException(
          "the OpenAPI schema "
              + name
              + " is declared twice: rename one (a register's"
              + " records are named after the register, "
              + name
              + ")");
    }
    components.addSchemas(name, schema);
  }

  /**
   * Adds an operation unless a module's own controller maps that path and method (Spring MVC
   * prefers it).
   */
  private static void add(
      OpenAPI api, String path, PathItem.HttpMethod method, Operation operation) {
    PathItem item = api.getPaths().computeIfAbsent(path, p -> new PathItem());
    if (item.readOperationsMap().containsKey(method)) {
      return;
    }
    item.operation(method, operation);
  }

  private static Operation operation(String tag, String id, String summary, String description) {
    return new Operation()
        .addTagsItem(tag)
        .operationId(id)
        .summary(summary)
        .description(description);
  }

  private static Schema<?> ref(String name) {
    return new Schema<>().$ref(COMPONENTS + name);
  }

  private static RequestBody jsonBody(Schema<?> schema) {
    return new RequestBody()
        .required(true)
        .content(new Content().addMediaType(JSON, new MediaType().schema(schema)));
  }

  private static ApiResponse json(String description, Schema<?> schema) {
    return new ApiResponse()
        .description(description)
        .content(new Content().addMediaType(JSON, new MediaType().schema(schema)));
  }

  private static ApiResponses ok(String description, Schema<?> schema) {
    return new ApiResponses().addApiResponse("200", json(description, schema));
  }

  private static ApiResponse problem(String description) {
    return new ApiResponse()
        .description(description)
        .content(new Content().addMediaType(PROBLEM_JSON, new MediaType().schema(ref(PROBLEM))));
  }

  private static ApiResponse spreadsheet(String description) {
    return new ApiResponse()
        .description(description)
        .content(
            new Content()
                .addMediaType(
                    SheetResponses.XLSX,
                    new MediaType().schema(new StringSchema().format("binary"))));
  }

  /** {@code 委员 · Members}: the committee's language first, then English. */
  private String bilingual(String key) {
    String chinese = messages.getMessage(key, null, key, Locale.SIMPLIFIED_CHINESE);
    String english = messages.getMessage(key, null, key, Locale.ENGLISH);
    return chinese.equals(english) ? chinese : chinese + " · " + english;
  }

  /** {@code special-committees} → {@code SpecialCommittees}. */
  private static String pascal(String name) {
    return java.util.Arrays.stream(name.split("-"))
        .map(word -> Character.toUpperCase(word.charAt(0)) + word.substring(1))
        .collect(Collectors.joining());
  }

  /** {@code reset-password} → {@code resetPassword}. */
  private static String camel(String name) {
    String pascal = pascal(name);
    return Character.toLowerCase(pascal.charAt(0)) + pascal.substring(1);
  }
}
