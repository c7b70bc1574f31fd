package org.lvzhi.it;

/** {@link ConsultationScenarios} on PostgreSQL. */
@OnPostgres
class ConsultationPostgresTest extends ConsultationScenarios {}
