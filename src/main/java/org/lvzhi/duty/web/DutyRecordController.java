package org.lvzhi.duty.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.lvzhi.duty.DutyAccess;
import org.lvzhi.duty.DutyRecordView;
import org.lvzhi.duty.DutyRecords;
import org.lvzhi.system.CurrentUser;
import org.lvzhi.system.LvzhiUser;
import org.lvzhi.system.RecordNotFoundException;
import org.lvzhi.system.Texts;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * "我的履职档案" for a member, and any member's record for the office and leaders: page, printable page,
 * Excel, and JSON for the API.
 */
@Controller
class DutyRecordController {

  static final String VIEW_ANY = DutyAccess.VIEW_ANY;
  private static final String XLSX =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  private final DutyRecords records;

  DutyRecordController(DutyRecords records) {
    this.records = records;
  }

  @GetMapping("/my/duty-record")
  String mine(
      @RequestParam(required = false) @Min(1900) @Max(2100) Integer year,
      @RequestParam(defaultValue = "false") boolean print,
      Model model) {
    model.addAttribute("record", records.of(ownMember(), year, "/my/duty-record"));
    return print ? "duty/print" : "duty/record";
  }

  @GetMapping("/my/duty-record.xlsx")
  void mineAsExcel(
      @RequestParam(required = false) @Min(1900) @Max(2100) Integer year,
      HttpServletResponse response)
      throws IOException {
    excel(records.of(ownMember(), year, "/my/duty-record"), response);
  }

  @GetMapping("/members/{memberId}/duty-record")
  String ofMember(
      @PathVariable long memberId,
      @RequestParam(required = false) @Min(1900) @Max(2100) Integer year,
      @RequestParam(defaultValue = "false") boolean print,
      Model model) {
    CurrentUser.requirePermission(VIEW_ANY);
    model.addAttribute(
        "record", records.of(memberId, year, "/members/" + memberId + "/duty-record"));
    return print ? "duty/print" : "duty/record";
  }

  @GetMapping("/members/{memberId}/duty-record.xlsx")
  void ofMemberAsExcel(
      @PathVariable long memberId,
      @RequestParam(required = false) @Min(1900) @Max(2100) Integer year,
      HttpServletResponse response)
      throws IOException {
    CurrentUser.requirePermission(VIEW_ANY);
    excel(records.of(memberId, year, "/members/" + memberId + "/duty-record"), response);
  }

  private void excel(DutyRecordView record, HttpServletResponse response) throws IOException {
    response.setContentType(XLSX);
    response.setHeader(
        HttpHeaders.CONTENT_DISPOSITION,
        ContentDisposition.attachment()
            .filename(
                Texts.of("duty.fileName", record.memberName(), String.valueOf(record.year())),
                StandardCharsets.UTF_8)
            .build()
            .toString());
    records.export(record, response.getOutputStream());
  }

  private static long ownMember() {
    LvzhiUser user = CurrentUser.require();
    if (user.memberId() == null) {
      throw new RecordNotFoundException("duty record of account", user.username());
    }
    return user.memberId();
  }
}
