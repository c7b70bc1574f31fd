/**
 * Problems and their rectification (问题整改): the closed loop shared by shepherded investment projects
 * and democratic supervision. A problem ({@link org.lvzhi.rectification.Rectification}, the
 * aggregate with its guarded moves) is raised on its source record, assigned to a unit with a due
 * date, acknowledged and resolved by that unit, then verified by the office or reopened; overdue
 * problems are flagged, listed and counted. Its store alone writes the table; every move bumps the
 * version, is recorded in history and publishes an event ({@code ProblemRaised}, {@code
 * ProblemAssigned}, {@code ProblemAcknowledged}, {@code ProblemResolved}, {@code ProblemVerified},
 * {@code ProblemReopened}), on which the module's own listener tells whoever must act next. Other
 * modules use {@link org.lvzhi.rectification.Rectifications}: raise, list and count a record's
 * problems, and put {@code panel(sourceType)} on their record pages. Pages and API live in {@code
 * web}.
 */
package org.lvzhi.rectification;
