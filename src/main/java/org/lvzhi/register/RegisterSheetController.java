package org.lvzhi.register;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.lvzhi.spreadsheet.CellError;
import org.lvzhi.spreadsheet.ImportRejectedException;
import org.lvzhi.system.CurrentUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** Export, import template and import pages of every register. */
@Controller
@RequestMapping("/registry/{type}")
class RegisterSheetController {

  private final Registers registers;
  private final RegisterSheets sheets;

  RegisterSheetController(Registers registers, RegisterSheets sheets) {
    this.registers = registers;
    this.sheets = sheets;
  }

  @GetMapping("/export.xlsx")
  void export(@PathVariable String type, HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    RecordType recordType = registers.type(type);
    CurrentUser.requirePermission(recordType.permission("export"));
    RegisterApiController.checkList(registers, recordType, request);
    SheetResponses.prepare(response, registers.message(recordType.labelKey));
    sheets.export(
        recordType, ListRequest.from(request.getParameterMap()), response.getOutputStream());
  }

  @GetMapping("/import/template.xlsx")
  void template(@PathVariable String type, HttpServletResponse response) throws IOException {
    RecordType recordType = registers.type(type);
    byte[] template = sheets.template(recordType);
    SheetResponses.prepare(
        response, registers.message("import.templateName", registers.message(recordType.labelKey)));
    response.getOutputStream().write(template);
  }

  @GetMapping("/import")
  String importForm(@PathVariable String type, Model model) {
    RecordType recordType = registers.type(type);
    CurrentUser.requirePermission(recordType.permission("import"));
    model.addAttribute("view", view(recordType, List.of(), null, List.of(), List.of()));
    return "register/import";
  }

  @PostMapping("/import")
  String importFile(
      @PathVariable String type,
      @RequestParam("file") MultipartFile file,
      @RequestParam(defaultValue = "false") boolean followUp,
      Model model)
      throws IOException {
    RecordType recordType = registers.type(type);
    try {
      RegisterSheets.Imported imported =
          sheets.importFile(
              recordType, file.getOriginalFilename(), file.getInputStream(), followUp);
      model.addAttribute(
          "view",
          view(
              recordType,
              List.of(),
              imported.count(),
              imported.followUpHeaders(),
              imported.followUpRows()));
    } catch (ImportRejectedException e) {
      model.addAttribute("view", view(recordType, e.errors(), null, List.of(), List.of()));
    }
    return "register/import";
  }

  private ImportView view(
      RecordType type,
      List<CellError> errors,
      Integer imported,
      List<String> headers,
      List<List<String>> rows) {
    String followUp =
        type.importFollowUp == null
            ? null
            : registers.message(type.importFollowUp.optionLabelKey());
    return new ImportView(
        type.name, registers.message(type.labelKey), followUp, errors, imported, headers, rows);
  }
}
