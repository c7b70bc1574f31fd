/**
 * Annual targets (年度目标): a committee's campaign for a year with its themes (三个年), the targets under
 * them, their progress computed from the metric catalogue only, and monthly snapshots that keep a
 * past month's figures as they were.
 */
package org.lvzhi.target;
