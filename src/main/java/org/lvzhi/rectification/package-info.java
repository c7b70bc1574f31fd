/**
 * Problems and their rectification (问题整改): the closed loop shared by shepherded investment
 * projects and democratic supervision. A problem is raised on its source record, assigned to a unit
 * with a due date, acknowledged and resolved by that unit, then verified by the office or reopened;
 * overdue problems are flagged, listed and counted. Other modules use {@link
 * org.lvzhi.rectification.Rectifications}: raise, list and count a record's problems, and put
 * {@code panel(sourceType)} on their record pages.
 */
package org.lvzhi.rectification;
