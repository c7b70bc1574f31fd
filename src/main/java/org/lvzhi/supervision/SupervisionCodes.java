package org.lvzhi.supervision;

import java.util.Map;
import org.lvzhi.system.InvalidInputException;
import org.lvzhi.system.Texts;

/** The fixed code lists of supervision; labels are messages ({@code supervision.<list>.<code>}). */
public final class SupervisionCodes {

  private SupervisionCodes() {}

  /** How a visit was scheduled: 常态化 / 不定期 / 随机. */
  public enum Mode {
    ROUTINE,
    IRREGULAR,
    RANDOM
  }

  /** How the squad went about it: 明察 / 暗访 / 座谈 / 问卷. */
  public enum Manner {
    OPEN_INSPECTION,
    UNANNOUNCED,
    FORUM,
    QUESTIONNAIRE
  }

  /** What a problem found is about: 审批 / 收费 / 服务态度 / 政策落实 / 其他. */
  public enum Category {
    APPROVALS,
    FEES,
    SERVICE_ATTITUDE,
    POLICY_DELIVERY,
    OTHER
  }

  /** Who brought the problem up: the squad itself, or an enterprise during the visit. */
  public enum Origin {
    SQUAD,
    ENTERPRISE
  }

  /** What kind of outcome a linked record is. */
  public enum OutcomeKind {
    SUPERVISION_REPORT,
    PROPOSAL,
    RESEARCH_REPORT,
    OPINION_REPORT,
    SUGGESTION,
    CONSULTATION_MINUTES,
    OTHER
  }

  /** The code named (any case), or 400 on the field with the list's message. */
  static <E extends Enum<E>> E parse(String field, Class<E> codes, String value) {
    if (value != null && !value.isBlank()) {
      for (E code : codes.getEnumConstants()) {
        if (code.name().equalsIgnoreCase(value.strip())) {
          return code;
        }
      }
    }
    throw new InvalidInputException(
        Map.of(field, Texts.of("supervision.invalidChoice", value == null ? "" : value)));
  }
}
