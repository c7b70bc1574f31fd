package org.lvzhi.account.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.lvzhi.account.ApiTokens;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The signed-in account's personal API tokens. */
@RestController
@RequestMapping("/api/v1/account/tokens")
@Tag(name = "Account", description = "当前账号 — the signed-in account")
class ApiTokenApiController {

  /** A token to issue: what it is for, and for how many days (1–365, 90 when left out). */
  record ApiTokenRequest(String name, Integer days) {}

  private final ApiTokens tokens;

  ApiTokenApiController(ApiTokens tokens) {
    this.tokens = tokens;
  }

  @GetMapping
  @Operation(summary = "The account's tokens, newest first (never their secrets)")
  List<ApiTokens.ApiToken> list() {
    return tokens.mine();
  }

  @PostMapping
  @Operation(
      summary = "Issue a token; its secret is in this answer only",
      description =
          "400 with field errors; 403 when the request is itself authenticated by a token")
  ResponseEntity<ApiTokens.IssuedToken> issue(@RequestBody ApiTokenRequest request) {
    return ResponseEntity.status(HttpStatus.CREATED)
        .body(tokens.issue(request.name(), request.days()));
  }

  @DeleteMapping("/{id}")
  @Operation(
      summary = "Revoke a token at once",
      description = "404 where the account has no such token")
  ResponseEntity<Void> revoke(@PathVariable long id) {
    tokens.revoke(id);
    return ResponseEntity.noContent().build();
  }
}
