package org.lvzhi.output.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import org.lvzhi.output.AdoptionLevel;
import org.lvzhi.output.Adoptions;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Adoptions and instructions through the API: {@code /api/v1/adoptions/{ownerType}/{ownerId}},
 * ownerType {@code opinion_report} or {@code output}.
 */
@RestController
@Tag(
    name = "Adoption",
    description = "采用与领导批示 — adoptions and leaders' instructions on reports and outputs")
class AdoptionApiController {

  record AdoptionRequest(AdoptionLevel level, String body, LocalDate on) {}

  record InstructionRequest(AdoptionLevel level, String leader, String content, LocalDate on) {}

  private final Adoptions adoptions;

  AdoptionApiController(Adoptions adoptions) {
    this.adoptions = adoptions;
  }

  @GetMapping("/api/v1/adoptions/{ownerType}/{ownerId}")
  @Operation(summary = "A report's or an output's adoptions and instructions, oldest first")
  Adoptions.Outcomes of(@PathVariable String ownerType, @PathVariable long ownerId) {
    return adoptions.of(ownerType, ownerId);
  }

  @PostMapping("/api/v1/adoptions/{ownerType}/{ownerId}/adoptions")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(
      summary = "Record an adoption (level COUNTY|CITY|PROVINCE|NATIONAL, body, date ≤ today)")
  Adoptions.Adoption adopt(
      @PathVariable String ownerType,
      @PathVariable long ownerId,
      @RequestBody AdoptionRequest request) {
    return adoptions.adopt(ownerType, ownerId, request.level(), request.body(), request.on());
  }

  @PostMapping("/api/v1/adoptions/{ownerType}/{ownerId}/instructions")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Record a leader's instruction (level, leader, content, date ≤ today)")
  Adoptions.Instruction instruct(
      @PathVariable String ownerType,
      @PathVariable long ownerId,
      @RequestBody InstructionRequest request) {
    return adoptions.instruct(
        ownerType, ownerId, request.level(), request.leader(), request.content(), request.on());
  }
}
