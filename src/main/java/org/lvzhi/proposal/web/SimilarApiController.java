package org.lvzhi.proposal.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.lvzhi.proposal.ProposalDatabase;
import org.lvzhi.proposal.SimilarProposals;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Similar proposals and the proposal database through the API. */
@RestController
@Tag(name = "proposals")
class SimilarApiController {

  private final SimilarProposals similar;
  private final ProposalDatabase database;

  SimilarApiController(SimilarProposals similar, ProposalDatabase database) {
    this.similar = similar;
    this.database = database;
  }

  @Operation(summary = "The five proposals most like a text (0–1 score), of all years")
  @GetMapping("/api/v1/proposals/similar")
  List<SimilarProposals.Similar> similar(@RequestParam(defaultValue = "") String text) {
    return similar.top(text, null, SimilarProposals.SHOWN);
  }

  @Operation(summary = "The five proposals most like this one, itself left out")
  @GetMapping("/api/v1/proposals/{id}/similar")
  List<SimilarProposals.Similar> similarTo(@PathVariable long id) {
    return similar.of(id, SimilarProposals.SHOWN);
  }

  @Operation(summary = "The database of accepted proposals and their replies, searched and paged")
  @GetMapping("/api/v1/proposals/database")
  ProposalDatabase.Page database(
      @RequestParam(required = false) String q,
      @RequestParam(required = false) String year,
      @RequestParam(required = false) String unit,
      @RequestParam(required = false) String grade,
      @RequestParam(required = false) String page) {
    return database.search(DatabaseQuery.of(q, year, unit, grade, page));
  }
}
