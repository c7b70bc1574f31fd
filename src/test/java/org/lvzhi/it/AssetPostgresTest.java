package org.lvzhi.it;

/** {@link AssetScenarios} on PostgreSQL. */
@OnPostgres
class AssetPostgresTest extends AssetScenarios {}
