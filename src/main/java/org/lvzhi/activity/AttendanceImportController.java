package org.lvzhi.activity;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.lvzhi.spreadsheet.ImportPage;
import org.lvzhi.spreadsheet.ImportRejectedException;
import org.lvzhi.system.CurrentUser;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** The page for importing an attendance ledger, its template, and the same through the API. */
@Controller
class AttendanceImportController {

  private final AttendanceImport attendance;
  private final org.springframework.context.MessageSource messages;

  AttendanceImportController(AttendanceImport attendance, org.springframework.context.MessageSource messages) {
    this.attendance = attendance;
    this.messages = messages;
  }

  private ImportPage page() {
    var locale = org.springframework.context.i18n.LocaleContextHolder.getLocale();
    return new ImportPage(messages.getMessage("attendanceImport.title", null, locale),
        messages.getMessage("attendanceImport.help", null, locale), "/activities/attendance-import/template.xlsx",
        "/activities/attendance-import", messages.getMessage("registry.activities", null, locale),
        "/registry/activities", List.of(), null);
  }

  @GetMapping("/activities/attendance-import")
  String form(Model model) {
    CurrentUser.requirePermission("activity:import");
    model.addAttribute("page", page());
    return "spreadsheet/import";
  }

  @GetMapping("/activities/attendance-import/template.xlsx")
  void template(HttpServletResponse response) throws IOException {
    byte[] template = attendance.template();
    response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
        ContentDisposition.attachment().filename("出席台账导入模板.xlsx", StandardCharsets.UTF_8).build().toString());
    response.getOutputStream().write(template);
  }

  @PostMapping("/activities/attendance-import")
  String importFile(@RequestParam("file") MultipartFile file, Model model) throws IOException {
    try {
      int count = attendance.importFile(file.getOriginalFilename(), file.getInputStream());
      model.addAttribute("page", page().after(List.of(), count));
    } catch (ImportRejectedException e) {
      model.addAttribute("page", page().after(e.errors(), null));
    }
    return "spreadsheet/import";
  }

  /** The API: the same import, answering the count or 400 with every problem. */
  @RestController
  @Tag(name = "Activities")
  static class Api {

    private final AttendanceImport attendance;

    Api(AttendanceImport attendance) {
      this.attendance = attendance;
    }

    @PostMapping(path = "/api/v1/activities/attendance-import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Import past attendance (活动名称, 活动日期, 姓名, 手机号码, 出席情况): all or nothing")
    Map<String, Integer> importFile(@RequestParam("file") MultipartFile file) throws IOException {
      return Map.of("imported", attendance.importFile(file.getOriginalFilename(), file.getInputStream()));
    }
  }
}
