package org.lvzhi.organisation.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.lvzhi.organisation.CommitteeSetup;
import org.lvzhi.organisation.Committees;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The committees of the deployment through the API (ADR 7): a REST controller, so that refusals
 * answer problem JSON with field errors like the rest of the API.
 */
@RestController
@Tag(
    name = "Committee administration",
    description = "委员会管理 — the super-administrator adds committees with their first account")
class CommitteeSetupApiController {

  private final CommitteeSetup setup;

  CommitteeSetupApiController(CommitteeSetup setup) {
    this.setup = setup;
  }

  @GetMapping("/api/v1/admin/committees")
  @Operation(summary = "Every committee of the deployment, each followed by those below it")
  List<Committees.Node> list() {
    return setup.all();
  }

  @PostMapping("/api/v1/admin/committees")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(
      summary = "Add a committee with its first account (its administrator)",
      description =
          "level: COUNTY, CITY or PROVINCE; parentId: a committee of a higher level, or null. The"
              + " answer carries the first account's one-time password, shown only once.")
  CommitteeSetup.Created createByApi(@RequestBody CommitteeSetup.NewCommittee request) {
    return setup.create(request);
  }
}
