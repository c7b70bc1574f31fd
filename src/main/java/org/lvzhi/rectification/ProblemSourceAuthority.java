package org.lvzhi.rectification;

import org.lvzhi.system.LvzhiUser;

/**
 * What a source module lets people do with the problems found on its records beyond what their
 * role's rectification permissions allow: a supervision squad raises, verifies and reopens the
 * problems it found without holding the office's {@code rectification:edit} or {@code
 * rectification:verify}. One bean per source type; {@link Rectifications} asks it only where the
 * user lacks the permission, so the office's behaviour is unchanged. The unit's own moves
 * (acknowledge, resolve) are never granted here.
 */
public interface ProblemSourceAuthority {

  /** The moves a source may grant. */
  enum Grant {
    VIEW,
    RAISE,
    ASSIGN,
    VERIFY,
    REOPEN
  }

  /** The source type whose problems this authority speaks for. */
  SourceType source();

  /**
   * Whether the user may make the move on problems found on source record {@code sourceId} of the
   * user's working committee.
   */
  boolean grants(LvzhiUser user, long sourceId, Grant grant);
}
