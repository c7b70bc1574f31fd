package org.lvzhi.rectification;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lvzhi.register.Registers;
import org.lvzhi.system.CurrentUser;
import org.lvzhi.system.InvalidInputException;
import org.lvzhi.system.RecordNotFoundException;
import org.lvzhi.system.Texts;
import org.springframework.stereotype.Service;

/**
 * Raising a problem on a record of any register the current user may see, named by that record's
 * title: what the source panel's form and the API do. It asks the register engine only whether the
 * record may be seen and what it is called, and leaves the raising to {@link Rectifications}. Kept
 * apart from it because the register engine shows the panels of {@link Rectifications}.
 */
@Service
public class ProblemSources {

  private final Rectifications rectifications;
  private final Registers registers;

  ProblemSources(Rectifications rectifications, Registers registers) {
    this.rectifications = rectifications;
    this.registers = registers;
  }

  /**
   * Raises a problem on record {@code sourceId} of register {@code sourceRegister}, linked to its
   * page {@code /registry/{sourceRegister}/{sourceId}}: 400 for an unknown source type or register,
   * 403 / 404 where the user may not see the record. Not transactional itself, so that a refused
   * look-up does not mark a surrounding transaction for rollback; the raising is.
   *
   * @return the new problem's id
   */
  public long raiseOn(
      String sourceType, String sourceRegister, Long sourceId, String title, String description) {
    return raiseOn(sourceType, sourceRegister, sourceId, title, description, null);
  }

  /** As {@link #raiseOn(String, String, Long, String, String)}, found on {@code raisedOn}. */
  public long raiseOn(
      String sourceType,
      String sourceRegister,
      Long sourceId,
      String title,
      String description,
      java.time.LocalDate raisedOn) {
    CurrentUser.requirePermission(Rectifications.EDIT);
    Map<String, String> problems = new LinkedHashMap<>();
    if (!SourceType.known(sourceType)) {
      problems.put("sourceType", Texts.of("rectification.unknownSourceType", sourceType));
    }
    if (sourceId == null) {
      problems.put("sourceId", Texts.of("rectification.sourceMissing"));
    }
    Map<Long, String> titles = null;
    if (Rectifications.isRegisterName(sourceRegister)
        && !Rectifications.REGISTER.equals(sourceRegister)) {
      try {
        titles = registers.titles(sourceRegister, sourceId == null ? List.of() : List.of(sourceId));
      } catch (RecordNotFoundException e) {
        // no such register
      }
    }
    if (titles == null) {
      problems.put("sourceRegister", Texts.of("rectification.unknownRegister", sourceRegister));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    // Only who may change the source raises problems on it (investment keepers on projects).
    registers.requireWritable(sourceRegister, sourceId);
    String name = titles.get(sourceId);
    String label = name == null || name.isBlank() ? "#" + sourceId : name;
    return rectifications.raise(
        sourceType,
        sourceId,
        label,
        "/registry/" + sourceRegister + "/" + sourceId,
        title,
        description,
        raisedOn);
  }
}
