/**
 * The leaders' dashboard: one page of truth — the year's targets per theme against the time
 * elapsed, and the key figures by month and by kind — every number read from the metric catalogue
 * and the targets, each linking to the records behind it.
 */
package org.lvzhi.dashboard;
