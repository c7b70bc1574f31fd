package org.lvzhi.investment;

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

/** The investment ledger import: page, template and API, served by {@link SheetImports}. */
@Controller
class LedgerImportController {

  private final LedgerImport ledgers;
  private final SheetImports imports;

  LedgerImportController(LedgerImport ledgers, SheetImports imports) {
    this.ledgers = ledgers;
    this.imports = imports;
  }

  @GetMapping("/investment/ledger-import")
  String form(Model model) {
    return imports.form(ledgers, model);
  }

  @GetMapping("/investment/ledger-import/template.xlsx")
  void template(HttpServletResponse response) throws IOException {
    imports.template(ledgers, response);
  }

  @PostMapping("/investment/ledger-import")
  String importFile(@RequestParam("file") MultipartFile file, Model model) throws IOException {
    return imports.submit(ledgers, file, model);
  }

  /** The same import through the API. */
  @RestController
  @Tag(name = "Investment")
  static class Api {

    private final LedgerImport ledgers;
    private final SheetImports imports;

    Api(LedgerImport ledgers, SheetImports imports) {
      this.ledgers = ledgers;
      this.imports = imports;
    }

    @PostMapping(path = "/api/v1/investment/ledger-import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Import monthly ledger rows (项目名称, 年度, 月份, 计划投资（万元）, 完成投资（万元）): all or nothing")
    Map<String, Integer> importFile(@RequestParam("file") MultipartFile file) throws IOException {
      return imports.api(ledgers, file);
    }
  }
}
