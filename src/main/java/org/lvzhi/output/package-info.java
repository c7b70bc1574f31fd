/**
 * Written outputs other than proposals and opinion reports (调研报告, 履职建言, 大会发言, 协商纪要, 监督报告, 学习心得体会,
 * 调研感言): one register with a type. And the piece shared with opinion reports: what happened to a
 * report or an output afterwards — adoptions by a county, city, provincial or national body and
 * leaders' instructions ({@link org.lvzhi.output.Adoptions}, for any {@link
 * org.lvzhi.output.AdoptionOwner}), with a panel on the record's page, the API, history and a
 * notice to the authors.
 */
package org.lvzhi.output;
