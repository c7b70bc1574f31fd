package org.lvzhi.organisation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.lvzhi.account.Accounts;
import org.lvzhi.history.Change;
import org.lvzhi.history.History;
import org.lvzhi.system.CurrentUser;
import org.lvzhi.system.InvalidInputException;
import org.lvzhi.system.Role;
import org.lvzhi.system.Texts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The super-administrator adds a committee to the deployment together with its first account, the
 * committee's administrator, who then keeps its registers and accounts (ADR 7). Nothing else
 * creates committees: the {@code committees} register shows each committee only itself.
 */
@Service
public class CommitteeSetup {

  /** What the form and the API take. */
  public record NewCommittee(
      String name,
      String level,
      Long parentId,
      String region,
      String adminUsername,
      String adminDisplayName) {}

  /** The committee made, and the one-time password of its first account (shown once). */
  public record Created(long committeeId, String adminUsername, String oneTimePassword) {}

  private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9_.@-]{3,60}");
  private static final int NAME_LENGTH = 60;

  private final JdbcClient jdbc;
  private final Accounts accounts;
  private final History history;
  private final Committees committees;
  private final org.springframework.context.ApplicationEventPublisher events;

  CommitteeSetup(
      JdbcClient jdbc,
      Accounts accounts,
      History history,
      Committees committees,
      org.springframework.context.ApplicationEventPublisher events) {
    this.committees = committees;
    this.events = events;
    this.jdbc = jdbc;
    this.accounts = accounts;
    this.history = history;
  }

  /** The permission to add committees: the super-administrator's alone. */
  public static final String PERMISSION = "committee:setup";

  /** Every committee of the deployment, as a tree, for the administration page. */
  @Transactional(readOnly = true)
  public List<Committees.Node> all() {
    CurrentUser.requirePermission(PERMISSION);
    return committees.all();
  }

  @Transactional
  public Created create(NewCommittee request) {
    CurrentUser.requirePermission(PERMISSION);
    Map<String, String> errors = problems(request);
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    var keys = new GeneratedKeyHolder();
    jdbc.sql(
            "insert into committee (name, level, parent_id, region) values (:name, :level,"
                + " :parent, :region)")
        .param("name", request.name().strip())
        .param("level", request.level())
        .param("parent", request.parentId())
        .param("region", blankToNull(request.region()))
        .update(keys, "id");
    long committee = keys.getKeyAs(Number.class).longValue();
    history.record(
        "committees",
        committee,
        History.CREATE,
        List.of(
            new Change("committee.name", null, request.name().strip()),
            new Change("committee.level", null, request.level())));
    events.publishEvent(new CommitteeCreated(committee));
    Accounts.Issued issued =
        accounts.issueFirstAccount(
            committee,
            request.adminUsername().strip(),
            request.adminDisplayName().strip(),
            Role.ADMIN);
    return new Created(committee, issued.username(), issued.oneTimePassword());
  }

  private Map<String, String> problems(NewCommittee request) {
    Map<String, String> errors = new LinkedHashMap<>();
    String name = request.name() == null ? "" : request.name().strip();
    if (name.isEmpty()) {
      errors.put("name", Texts.of("validation.required", Texts.of("committee.name")));
    } else if (name.length() > NAME_LENGTH) {
      errors.put("name", Texts.of("validation.tooLong", Texts.of("committee.name"), NAME_LENGTH));
    } else if (count("select count(*) from committee where name = :v", name) > 0) {
      errors.put("name", Texts.of("committee.duplicate", name));
    }
    Codes.CommitteeLevel level = level(request.level());
    if (level == null) {
      errors.put("level", Texts.of("validation.required", Texts.of("committee.level")));
    }
    if (request.parentId() != null) {
      String parentLevel =
          jdbc.sql("select level from committee where id = :id")
              .param("id", request.parentId())
              .query(String.class)
              .optional()
              .orElse(null);
      if (parentLevel == null) {
        errors.put("parentId", Texts.of("committee.noSuchParent"));
      } else if (level != null && level(parentLevel).ordinal() <= level.ordinal()) {
        errors.put("parentId", Texts.of("committee.parentNotHigher"));
      }
    }
    if (request.region() != null && request.region().strip().length() > NAME_LENGTH) {
      errors.put(
          "region", Texts.of("validation.tooLong", Texts.of("committee.region"), NAME_LENGTH));
    }
    String username = request.adminUsername() == null ? "" : request.adminUsername().strip();
    if (!USERNAME.matcher(username).matches()) {
      errors.put("adminUsername", Texts.of("account.usernameShape"));
    } else if (accounts.exists(username)) {
      errors.put("adminUsername", Texts.of("account.usernameTaken", username));
    }
    String displayName =
        request.adminDisplayName() == null ? "" : request.adminDisplayName().strip();
    if (displayName.isEmpty()) {
      errors.put(
          "adminDisplayName", Texts.of("validation.required", Texts.of("account.displayName")));
    } else if (displayName.length() > NAME_LENGTH) {
      errors.put(
          "adminDisplayName",
          Texts.of("validation.tooLong", Texts.of("account.displayName"), NAME_LENGTH));
    }
    return errors;
  }

  private static Codes.CommitteeLevel level(String value) {
    if (value == null) {
      return null;
    }
    for (Codes.CommitteeLevel level : Codes.CommitteeLevel.values()) {
      if (level.name().equals(value)) {
        return level;
      }
    }
    return null;
  }

  private long count(String sql, String value) {
    return jdbc.sql(sql).param("v", value).query(Long.class).single();
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
