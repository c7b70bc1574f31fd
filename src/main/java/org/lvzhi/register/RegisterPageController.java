package org.lvzhi.register;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.lvzhi.system.Flash;
import org.lvzhi.system.InvalidInputException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The pages of every register under {@code /registry/{type}}. */
@Controller
@RequestMapping("/registry/{type}")
class RegisterPageController {

  private static final java.util.Set<String> NOT_FIELDS = java.util.Set.of("_csrf", "version");
  private final Registers registers;
  private final RegisterViews views;

  RegisterPageController(Registers registers, RegisterViews views) {
    this.registers = registers;
    this.views = views;
  }

  @GetMapping
  String list(@PathVariable String type, HttpServletRequest request, Model model) {
    RecordType recordType = registers.type(type);
    // A filter, sort or page the list cannot honour is refused as the API refuses it (400, each
    // parameter named), rather than ignored: a list of everyone shown as if filtered misleads.
    RegisterApiController.checkList(registers, recordType, request);
    RecordStore.Query query = ListRequest.from(request.getParameterMap());
    ListView view = views.list(recordType, query, registers.list(recordType, query));
    model.addAttribute("view", view);
    return "true".equals(request.getHeader("HX-Request")) && request.getHeader("HX-Target") != null
        ? "register/table"
        : "register/list";
  }

  /** The most rows a printed list holds; beyond it the page says so (use the Excel file). */
  static final int PRINT_MAX = 1000;

  /** The list as filtered, every row (up to {@link #PRINT_MAX}), laid out for paper. */
  @GetMapping("/print")
  String print(@PathVariable String type, HttpServletRequest request, Model model) {
    RecordType recordType = registers.type(type);
    RegisterApiController.checkList(registers, recordType, request);
    RecordStore.Query shown = ListRequest.from(request.getParameterMap());
    RecordStore.Query all =
        new RecordStore.Query(
            shown.q(), shown.filters(), shown.sort(), shown.descending(), 1, PRINT_MAX);
    model.addAttribute("view", views.list(recordType, all, registers.list(recordType, all)));
    return "register/print";
  }

  /**
   * A blank form; query parameters named like fields fill them in (a link "add an outcome to this
   * activity").
   */
  @GetMapping("/new")
  String create(@PathVariable String type, HttpServletRequest request, Model model) {
    RecordType recordType = registers.type(type);
    org.lvzhi.system.CurrentUser.requirePermission(recordType.permission("edit"));
    model.addAttribute("form", views.form(recordType, null, null, input(request), Map.of()));
    return "register/form";
  }

  @PostMapping
  String save(
      @PathVariable String type,
      HttpServletRequest request,
      Model model,
      RedirectAttributes redirect) {
    RecordType recordType = registers.type(type);
    Map<String, List<String>> input = submitted(request, recordType);
    try {
      Registers.Created created = registers.create(recordType, input);
      Flash.notice(redirect, views.saved());
      created.notices().forEach(notice -> Flash.warning(redirect, notice));
      return "redirect:/registry/" + type + "/" + created.id();
    } catch (InvalidInputException e) {
      model.addAttribute("form", views.form(recordType, null, null, input, e.fieldErrors()));
      return "register/form";
    }
  }

  @GetMapping("/{id}")
  String show(@PathVariable String type, @PathVariable long id, Model model) {
    RecordType recordType = registers.type(type);
    model.addAttribute(
        "view",
        views.show(recordType, registers.get(recordType, id), registers.history(recordType, id)));
    return "register/show";
  }

  @GetMapping("/{id}/edit")
  String edit(@PathVariable String type, @PathVariable long id, Model model) {
    RecordType recordType = registers.type(type);
    org.lvzhi.system.CurrentUser.requirePermission(recordType.permission("edit"));
    model.addAttribute("form", views.form(recordType, registers.get(recordType, id)));
    return "register/form";
  }

  @PostMapping("/{id}")
  String update(
      @PathVariable String type,
      @PathVariable long id,
      @RequestParam int version,
      HttpServletRequest request,
      Model model,
      RedirectAttributes redirect) {
    RecordType recordType = registers.type(type);
    Map<String, List<String>> input = submitted(request, recordType);
    try {
      registers.update(recordType, id, version, input);
      Flash.notice(redirect, views.saved());
      return "redirect:/registry/" + type + "/" + id;
    } catch (InvalidInputException e) {
      model.addAttribute("form", views.form(recordType, id, version, input, e.fieldErrors()));
      return "register/form";
    }
  }

  @PostMapping("/{id}/delete")
  String delete(
      @PathVariable String type,
      @PathVariable long id,
      @RequestParam int version,
      RedirectAttributes redirect) {
    RecordType recordType = registers.type(type);
    registers.delete(recordType, id, version);
    Flash.notice(redirect, views.deleted());
    return "redirect:/registry/" + type;
  }

  @PostMapping("/{id}/actions/{action}")
  String act(
      @PathVariable String type,
      @PathVariable long id,
      @PathVariable String action,
      RedirectAttributes redirect) {
    RecordType recordType = registers.type(type);
    registers.perform(recordType, id, action).forEach(message -> Flash.warning(redirect, message));
    return "redirect:/registry/" + type + "/" + id;
  }

  /** A submitted form: an unchecked checkbox sends nothing, which means "no", not "the default". */
  static Map<String, List<String>> submitted(HttpServletRequest request, RecordType type) {
    Map<String, List<String>> input = input(request);
    type.fields().stream()
        .filter(f -> f.type() == Field.Type.BOOLEAN && !f.fixedAfterCreate)
        .forEach(f -> input.putIfAbsent(f.name(), List.of("false")));
    return input;
  }

  static Map<String, List<String>> input(HttpServletRequest request) {
    Map<String, List<String>> input = new HashMap<>();
    request
        .getParameterMap()
        .forEach(
            (name, values) -> {
              if (!NOT_FIELDS.contains(name)) {
                input.put(name, Arrays.asList(values));
              }
            });
    return input;
  }
}
