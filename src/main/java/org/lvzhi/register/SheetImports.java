package org.lvzhi.register;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.lvzhi.spreadsheet.CellError;
import org.lvzhi.spreadsheet.ImportPage;
import org.lvzhi.spreadsheet.ImportRejectedException;
import org.lvzhi.spreadsheet.Spreadsheets;
import org.lvzhi.system.CurrentUser;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.multipart.MultipartFile;

/**
 * The page, template and API answer of every module import, so each module's controller is only its
 * mappings. The file is read here; the module checks and writes the rows.
 */
@Component
public class SheetImports {

  private final Spreadsheets spreadsheets;
  private final MessageSource messages;

  SheetImports(Spreadsheets spreadsheets, MessageSource messages) {
    this.spreadsheets = spreadsheets;
    this.messages = messages;
  }

  /** The import page, blank. Returns the view name. */
  public String form(SheetImport sheet, Model model) {
    CurrentUser.requirePermission(sheet.permission());
    model.addAttribute("page", page(sheet, List.of(), null));
    return "spreadsheet/import";
  }

  /**
   * Imports an uploaded file and shows the page with the problems or the count. Returns the view
   * name.
   */
  public String submit(SheetImport sheet, MultipartFile file, Model model) throws IOException {
    try {
      model.addAttribute("page", page(sheet, List.of(), importFile(sheet, file)));
    } catch (ImportRejectedException e) {
      model.addAttribute("page", page(sheet, e.errors(), null));
    }
    return "spreadsheet/import";
  }

  /** Imports an uploaded file; a refusal propagates as problem JSON with every error. */
  public Map<String, Integer> api(SheetImport sheet, MultipartFile file) throws IOException {
    return Map.of("imported", importFile(sheet, file));
  }

  public void template(SheetImport sheet, HttpServletResponse response) throws IOException {
    CurrentUser.requirePermission(sheet.permission());
    String title = messages.getMessage(sheet.titleKey(), null, Locale.SIMPLIFIED_CHINESE);
    byte[] template = spreadsheets.template(title, sheet.columns(), sheet.exampleRows());
    response.setContentType(SheetResponses.XLSX);
    response.setHeader(
        HttpHeaders.CONTENT_DISPOSITION,
        ContentDisposition.attachment()
            .filename(title + "模板.xlsx", StandardCharsets.UTF_8)
            .build()
            .toString());
    response.getOutputStream().write(template);
  }

  private int importFile(SheetImport sheet, MultipartFile file) throws IOException {
    CurrentUser.requirePermission(sheet.permission());
    return sheet.importRows(
        spreadsheets.read(file.getOriginalFilename(), file.getInputStream(), sheet.columns()));
  }

  private ImportPage page(SheetImport sheet, List<CellError> errors, Integer imported) {
    Locale locale = LocaleContextHolder.getLocale();
    return new ImportPage(
        messages.getMessage(sheet.titleKey(), null, locale),
        messages.getMessage(sheet.helpKey(), null, locale),
        sheet.path() + "/template.xlsx",
        sheet.path(),
        messages.getMessage(sheet.backLabelKey(), null, locale),
        sheet.backHref(),
        errors,
        imported);
  }
}
