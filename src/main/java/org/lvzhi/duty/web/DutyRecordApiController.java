package org.lvzhi.duty.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.lvzhi.duty.DutyRecordView;
import org.lvzhi.duty.DutyRecords;
import org.lvzhi.system.CurrentUser;
import org.lvzhi.system.LvzhiUser;
import org.lvzhi.system.RecordNotFoundException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A member's duty record through the API: the member's own, or anyone's for the office and leaders.
 */
@RestController
@Tag(name = "Duty record", description = "履职档案")
class DutyRecordApiController {

  private final DutyRecords records;

  DutyRecordApiController(DutyRecords records) {
    this.records = records;
  }

  @GetMapping("/api/v1/members/{memberId}/duty-record")
  @Operation(summary = "A member's duty record for a year (default: this year)")
  DutyRecordView of(
      @PathVariable long memberId,
      @RequestParam(required = false) @Min(1900) @Max(2100) Integer year) {
    LvzhiUser user = CurrentUser.require();
    if (!user.can(DutyRecordController.VIEW_ANY)
        && !Long.valueOf(memberId).equals(user.memberId())) {
      throw new RecordNotFoundException("duty record", memberId);
    }
    return records.of(memberId, year, "/members/" + memberId + "/duty-record");
  }
}
