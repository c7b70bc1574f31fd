package org.lvzhi.it;

/** {@link WriteMatrixScenarios} on PostgreSQL. */
@OnPostgres
class WriteMatrixPostgresTest extends WriteMatrixScenarios {}
