package org.lvzhi.register;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.lang.reflect.Method;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lvzhi.system.RecordNotFoundException;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.ReflectionUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.UrlPathHelper;

/**
 * The one controller of every module import (ADR 6: one of each). A module plugs in by declaring a
 * {@link SheetImport} bean — its permission, texts, columns, example rows, {@link
 * SheetImport#path()} and {@link SheetImport#name()}, and {@code importRows} writing all rows or
 * none. This controller then serves, for each:
 *
 * <ul>
 *   <li>{@code GET /imports/<name>} the page, {@code GET /imports/<name>/template.xlsx} the
 *       template, {@code POST /imports/<name>} the upload, and {@code POST /api/v1/imports/<name>}
 *       the API;
 *   <li>the same at the module's own URLs: {@code GET|POST <path>}, {@code GET
 *       <path>/template.xlsx} and {@code POST <apiPath>} (e.g. {@code
 *       /activities/attendance-import}), registered at start-up, so that links, menus and clients
 *       keep working.
 * </ul>
 *
 * No module writes an import controller of its own.
 */
@Controller
public class ModuleImportController implements SmartInitializingSingleton {

  private final Map<String, SheetImport> byName = new LinkedHashMap<>();
  private final Map<String, SheetImport> byPath = new HashMap<>();
  private final SheetImports sheets;
  private final RequestMappingHandlerMapping mappings;

  ModuleImportController(
      List<SheetImport> imports,
      SheetImports sheets,
      @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings) {
    imports.forEach(
        sheet -> {
          if (byName.put(sheet.name(), sheet) != null) {
            throw new IllegalStateException("two module imports are named " + sheet.name());
          }
          byPath.put(sheet.path(), sheet);
          byPath.put(sheet.path() + TEMPLATE, sheet);
          byPath.put(sheet.apiPath(), sheet);
        });
    this.sheets = sheets;
    this.mappings = mappings;
  }

  private static final String TEMPLATE = "/template.xlsx";

  @GetMapping("/imports/{name}")
  String form(@PathVariable String name, Model model) {
    return sheets.form(named(name), model);
  }

  @GetMapping("/imports/{name}" + TEMPLATE)
  void template(@PathVariable String name, HttpServletResponse response) throws IOException {
    sheets.template(named(name), response);
  }

  @PostMapping("/imports/{name}")
  String importFile(
      @PathVariable String name, @RequestParam("file") MultipartFile file, Model model)
      throws IOException {
    return sheets.submit(named(name), file, model);
  }

  /** The page at the module's own URL. */
  String formAt(HttpServletRequest request, Model model) {
    return sheets.form(at(request), model);
  }

  void templateAt(HttpServletRequest request, HttpServletResponse response) throws IOException {
    sheets.template(at(request), response);
  }

  String importFileAt(
      HttpServletRequest request, @RequestParam("file") MultipartFile file, Model model)
      throws IOException {
    return sheets.submit(at(request), file, model);
  }

  SheetImport named(String name) {
    SheetImport sheet = byName.get(name);
    if (sheet == null) {
      throw new RecordNotFoundException("import", name);
    }
    return sheet;
  }

  SheetImport at(HttpServletRequest request) {
    String path = UrlPathHelper.defaultInstance.getPathWithinApplication(request);
    SheetImport sheet = byPath.get(path);
    if (sheet == null) {
      throw new RecordNotFoundException("import", path);
    }
    return sheet;
  }

  /** Maps each import's own page URLs to the same handlers. */
  @Override
  public void afterSingletonsInstantiated() {
    byName
        .values()
        .forEach(
            sheet -> {
              map(
                  mappings,
                  sheet.path(),
                  RequestMethod.GET,
                  null,
                  this,
                  "formAt",
                  HttpServletRequest.class,
                  Model.class);
              map(
                  mappings,
                  sheet.path() + TEMPLATE,
                  RequestMethod.GET,
                  null,
                  this,
                  "templateAt",
                  HttpServletRequest.class,
                  HttpServletResponse.class);
              map(
                  mappings,
                  sheet.path(),
                  RequestMethod.POST,
                  null,
                  this,
                  "importFileAt",
                  HttpServletRequest.class,
                  MultipartFile.class,
                  Model.class);
            });
  }

  static void map(
      RequestMappingHandlerMapping mappings,
      String path,
      RequestMethod method,
      String consumes,
      Object handler,
      String name,
      Class<?>... parameters) {
    RequestMappingInfo.Builder info =
        RequestMappingInfo.paths(path).methods(method).options(mappings.getBuilderConfiguration());
    if (consumes != null) {
      info.consumes(consumes);
    }
    Method target = ReflectionUtils.findMethod(handler.getClass(), name, parameters);
    if (target == null) {
      throw new IllegalStateException("no handler " + name);
    }
    mappings.registerMapping(info.build(), handler, target);
  }

  /** The same imports through the API, answered as problem JSON when refused. */
  @RestController
  @Tag(name = "Imports", description = "模块导入（出席台账、投资台账）— module imports")
  static class Api implements SmartInitializingSingleton {

    private final ModuleImportController imports;
    private final SheetImports sheets;
    private final RequestMappingHandlerMapping mappings;

    Api(
        ModuleImportController imports,
        SheetImports sheets,
        @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings) {
      this.imports = imports;
      this.sheets = sheets;
      this.mappings = mappings;
    }

    @PostMapping(path = "/api/v1/imports/{name}", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(
        summary =
            "Import a module's sheet (attendance, ledger-import …): all rows or none, every problem listed")
    Map<String, Integer> importFile(
        @PathVariable String name, @RequestParam("file") MultipartFile file) throws IOException {
      return sheets.api(imports.named(name), file);
    }

    /** The API at the module's own URL. */
    Map<String, Integer> importFileAt(
        HttpServletRequest request, @RequestParam("file") MultipartFile file) throws IOException {
      return sheets.api(imports.at(request), file);
    }

    @Override
    public void afterSingletonsInstantiated() {
      imports
          .byName
          .values()
          .forEach(
              sheet ->
                  map(
                      mappings,
                      sheet.apiPath(),
                      RequestMethod.POST,
                      MediaType.MULTIPART_FORM_DATA_VALUE,
                      this,
                      "importFileAt",
                      HttpServletRequest.class,
                      MultipartFile.class));
    }
  }
}
