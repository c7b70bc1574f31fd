package org.lvzhi.it;

/** {@link InvestmentScenarios} on PostgreSQL. */
@OnPostgres
class InvestmentPostgresTest extends InvestmentScenarios {}
