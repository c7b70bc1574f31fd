/**
 * Investment promotion and shepherded projects (招商引资, 包抓): leads from trips and receptions,
 * projects moving from lead to operation, signed and landed amounts counted once, and the projects
 * the committee shepherds, with their monthly investment ledger against the year's target.
 *
 * <p>A project is a typed aggregate ({@code InvestmentProject}, its rules in {@code ProjectStages})
 * whose one store writes its tables; the register is its read model (ADR 6). Moves publish the
 * events in this package; {@code web} holds the pages, panels and API.
 */
package org.lvzhi.investment;
