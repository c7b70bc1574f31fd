package org.lvzhi.it;

/** {@link ReportScenarios} on PostgreSQL. */
@OnPostgres
class ReportPostgresTest extends ReportScenarios {}
