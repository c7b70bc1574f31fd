package org.lvzhi.activity;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.lvzhi.register.SheetImports;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** The attendance ledger import: page, template and API, served by {@link SheetImports}. */
@Controller
class AttendanceImportController {

  private final AttendanceImport attendance;
  private final SheetImports imports;

  AttendanceImportController(AttendanceImport attendance, SheetImports imports) {
    this.attendance = attendance;
    this.imports = imports;
  }

  @GetMapping("/activities/attendance-import")
  String form(Model model) {
    return imports.form(attendance, model);
  }

  @GetMapping("/activities/attendance-import/template.xlsx")
  void template(HttpServletResponse response) throws IOException {
    imports.template(attendance, response);
  }

  @PostMapping("/activities/attendance-import")
  String importFile(@RequestParam("file") MultipartFile file, Model model) throws IOException {
    return imports.submit(attendance, file, model);
  }

  /** The same import through the API. */
  @RestController
  @Tag(name = "Activities")
  static class Api {

    private final AttendanceImport attendance;
    private final SheetImports imports;

    Api(AttendanceImport attendance, SheetImports imports) {
      this.attendance = attendance;
      this.imports = imports;
    }

    @PostMapping(path = "/api/v1/activities/attendance-import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Import past attendance (活动名称, 活动日期, 姓名, 手机号码, 出席情况): all or nothing")
    Map<String, Integer> importFile(@RequestParam("file") MultipartFile file) throws IOException {
      return imports.api(attendance, file);
    }
  }
}
