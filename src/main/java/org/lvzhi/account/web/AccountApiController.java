package org.lvzhi.account.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Set;
import org.lvzhi.account.Accounts;
import org.lvzhi.system.CurrentUser;
import org.lvzhi.system.LvzhiUser;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The signed-in account through the API. */
@RestController
@RequestMapping("/api/v1/account")
@Tag(name = "Account", description = "当前账号 — the signed-in account")
class AccountApiController {

  /** Who is signed in and what they may do. */
  record Me(
      String username,
      String displayName,
      String role,
      Long memberId,
      Long unitId,
      Long specialCommitteeId,
      boolean mustChangePassword,
      Set<String> permissions) {}

  /** A password change. */
  record PasswordChange(String currentPassword, String newPassword) {}

  private final Accounts accounts;

  AccountApiController(Accounts accounts) {
    this.accounts = accounts;
  }

  @GetMapping("/me")
  @Operation(summary = "Who is signed in, with role and permissions")
  Me me() {
    LvzhiUser user = CurrentUser.require();
    return new Me(
        user.username(),
        user.displayName(),
        user.role().name(),
        user.memberId(),
        user.unitId(),
        user.specialCommitteeId(),
        user.mustChangePassword(),
        user.permissions());
  }

  @PostMapping("/password")
  @Operation(
      summary = "Change the signed-in account's password",
      description = "400 with field errors when refused")
  ResponseEntity<Void> changePassword(
      @RequestBody PasswordChange change,
      HttpServletRequest request,
      HttpServletResponse response) {
    LvzhiUser user = CurrentUser.require();
    String hash =
        accounts.changePassword(
            user, change.currentPassword(), change.newPassword(), change.newPassword());
    if (request.getSession(false) != null) {
      PasswordController.refreshSignIn(user.withPasswordChanged(hash), request, response);
    }
    return ResponseEntity.noContent().build();
  }
}
