package org.lvzhi.it;

/** {@link DatedRecordsScenarios} on PostgreSQL. */
@OnPostgres
class DatedRecordsPostgresTest extends DatedRecordsScenarios {}
