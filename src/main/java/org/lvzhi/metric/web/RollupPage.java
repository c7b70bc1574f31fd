package org.lvzhi.metric.web;

import org.lvzhi.metric.Rollup;

/**
 * The roll-up page: the period as typed (for the date inputs), the refusal of an invalid period
 * (null when valid) and the table (null when refused).
 */
public record RollupPage(String from, String to, String error, Rollup.Table table) {

  /** The query string that asks for the same period, for the Excel link. */
  public String query() {
    return "from=" + from + "&to=" + to;
  }
}
