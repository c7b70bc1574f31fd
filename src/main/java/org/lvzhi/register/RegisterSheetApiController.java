package org.lvzhi.register;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.lvzhi.system.CurrentUser;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Export and import of every register through the API (documented per type by {@link
 * RegisterApiDocs}).
 */
@RestController
@RequestMapping("/api/v1/{type}")
@Hidden
class RegisterSheetApiController {

  /** The result of an accepted import. */
  record ImportResult(
      int imported, List<String> followUpHeaders, List<List<String>> followUpRows) {}

  private final Registers registers;
  private final RegisterSheets sheets;

  RegisterSheetApiController(Registers registers, RegisterSheets sheets) {
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

  @PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  ImportResult importFile(
      @PathVariable String type,
      @RequestParam("file") MultipartFile file,
      @RequestParam(defaultValue = "false") boolean followUp)
      throws IOException {
    RegisterSheets.Imported imported =
        sheets.importFile(
            registers.type(type), file.getOriginalFilename(), file.getInputStream(), followUp);
    return new ImportResult(imported.count(), imported.followUpHeaders(), imported.followUpRows());
  }
}
