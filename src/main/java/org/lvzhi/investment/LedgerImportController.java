package org.lvzhi.investment;

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
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** The investment ledger import: page, template and API. */
@Controller
class LedgerImportController {

  private final LedgerImport ledgers;
  private final MessageSource messages;

  LedgerImportController(LedgerImport ledgers, MessageSource messages) {
    this.ledgers = ledgers;
    this.messages = messages;
  }

  private ImportPage page() {
    var locale = LocaleContextHolder.getLocale();
    return new ImportPage(messages.getMessage("ledgerImport.title", null, locale),
        messages.getMessage("ledgerImport.help", null, locale), "/investment/ledger-import/template.xlsx",
        "/investment/ledger-import", messages.getMessage("board.title", null, locale), "/investment/board",
        List.of(), null);
  }

  @GetMapping("/investment/ledger-import")
  String form(Model model) {
    CurrentUser.requirePermission("investment:import");
    model.addAttribute("page", page());
    return "spreadsheet/import";
  }

  @GetMapping("/investment/ledger-import/template.xlsx")
  void template(HttpServletResponse response) throws IOException {
    byte[] template = ledgers.template();
    response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
        ContentDisposition.attachment().filename("投资台账导入模板.xlsx", StandardCharsets.UTF_8).build().toString());
    response.getOutputStream().write(template);
  }

  @PostMapping("/investment/ledger-import")
  String importFile(@RequestParam("file") MultipartFile file, Model model) throws IOException {
    try {
      model.addAttribute("page", page().after(List.of(), ledgers.importFile(file.getOriginalFilename(),
          file.getInputStream())));
    } catch (ImportRejectedException e) {
      model.addAttribute("page", page().after(e.errors(), null));
    }
    return "spreadsheet/import";
  }

  /** The same import through the API. */
  @RestController
  @Tag(name = "Investment")
  static class Api {

    private final LedgerImport ledgers;

    Api(LedgerImport ledgers) {
      this.ledgers = ledgers;
    }

    @PostMapping(path = "/api/v1/investment/ledger-import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Import monthly ledger rows (项目名称, 年度, 月份, 计划投资（万元）, 完成投资（万元）): all or nothing")
    Map<String, Integer> importFile(@RequestParam("file") MultipartFile file) throws IOException {
      return Map.of("imported", ledgers.importFile(file.getOriginalFilename(), file.getInputStream()));
    }
  }
}
