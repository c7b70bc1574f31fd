/**
 * Investment promotion and shepherded projects (招商引资, 包抓): leads from trips and receptions,
 * projects moving from lead to operation, signed and landed amounts counted once, and the projects
 * the committee shepherds, with their monthly investment ledger against the year's target.
 */
package org.lvzhi.investment;
