package org.lvzhi.register;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.lang.reflect.Method;
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
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The one controller of every module import (ADR 6: one of each). A module plugs in by declaring a
 * {@link SheetImport} bean — its permission, texts, columns, example rows, {@link SheetImport#path()}
 * and {@link SheetImport#name()}, and {@code importRows} writing all rows or none. This controller
 * then serves, for each:
 * <ul>
 *   <li>{@code GET /imports/<name>} the page, {@code GET /imports/<name>/template.xlsx} the template,
 *       {@code POST /imports/<name>} the upload, and {@code POST /api/v1/imports/<name>} the API;</li>
 *   <li>the same at the module's own URLs: {@code GET|POST <path>}, {@code GET <path>/template.xlsx} and
 *       {@code POST <apiPath>} (e.g. {@code /activities/attendance-import}), registered at start-up,
 *       so that links, menus and clients keep working.</li>
 * </ul>
 * No module writes an import controller of its own.
 */
@Controller
@Tag(name = "Imports", description = "模块导入（出席台账、投资台账）— module imports")
public class ModuleImportController implements SmartInitializingSingleton {

  private final Map<String, SheetImport> imports = new LinkedHashMap<>();
  private final SheetImports sheets;
  private final RequestMappingHandlerMapping mappings;

  ModuleImportController(List<SheetImport> imports, SheetImports sheets,
      @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings) {
    imports.forEach(sheet -> {
      if (this.imports.put(sheet.name(), sheet) != null) {
        throw new IllegalStateException("two module imports are named " + sheet.name());
      }
    });
    this.sheets = sheets;
    this.mappings = mappings;
  }

  @GetMapping("/imports/{name}")
  String form(@PathVariable String name, Model model) {
    return sheets.form(named(name), model);
  }

  @GetMapping("/imports/{name}/template.xlsx")
  void template(@PathVariable String name, HttpServletResponse response) throws IOException {
    sheets.template(named(name), response);
  }

  @PostMapping("/imports/{name}")
  String importFile(@PathVariable String name, @RequestParam("file") MultipartFile file, Model model)
      throws IOException {
    return sheets.submit(named(name), file, model);
  }

  @PostMapping(path = "/api/v1/imports/{name}", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @ResponseBody
  @Operation(summary = "Import a module's sheet (attendance, ledger-import …): all rows or none, every problem listed")
  Map<String, Integer> api(@PathVariable String name, @RequestParam("file") MultipartFile file) throws IOException {
    return sheets.api(named(name), file);
  }

  private SheetImport named(String name) {
    SheetImport sheet = imports.get(name);
    if (sheet == null) {
      throw new RecordNotFoundException("import", name);
    }
    return sheet;
  }

  /** Maps each import's own URLs to the same handlers. */
  @Override
  public void afterSingletonsInstantiated() {
    imports.values().forEach(sheet -> {
      ModuleUrls urls = new ModuleUrls(this, sheet.name());
      map(sheet.path(), RequestMethod.GET, null, urls, "form");
      map(sheet.path() + "/template.xlsx", RequestMethod.GET, null, urls, "template");
      map(sheet.path(), RequestMethod.POST, null, urls, "importFile");
      map(sheet.apiPath(), RequestMethod.POST, MediaType.MULTIPART_FORM_DATA_VALUE, urls, "api");
    });
  }

  private void map(String path, RequestMethod method, String consumes, ModuleUrls handler, String name) {
    RequestMappingInfo.Builder info = RequestMappingInfo.paths(path).methods(method)
        .options(mappings.getBuilderConfiguration());
    if (consumes != null) {
      info.consumes(consumes);
    }
    Method target = java.util.Arrays.stream(ModuleUrls.class.getDeclaredMethods())
        .filter(m -> m.getName().equals(name)).findFirst().orElseThrow();
    ReflectionUtils.makeAccessible(target);
    mappings.registerMapping(info.build(), handler, target);
  }

  /** One import's own URLs, handled as {@code /imports/<name>} is. */
  static final class ModuleUrls {

    private final ModuleImportController controller;
    private final String name;

    ModuleUrls(ModuleImportController controller, String name) {
      this.controller = controller;
      this.name = name;
    }

    public String form(Model model) {
      return controller.form(name, model);
    }

    public void template(HttpServletResponse response) throws IOException {
      controller.template(name, response);
    }

    public String importFile(@RequestParam("file") MultipartFile file, Model model) throws IOException {
      return controller.importFile(name, file, model);
    }

    @ResponseBody
    public Map<String, Integer> api(@RequestParam("file") MultipartFile file) throws IOException {
      return controller.api(name, file);
    }
  }
}
