package org.lvzhi.it;

/** {@link ConsultationScenarios} on H2. */
@OnH2
class ConsultationH2Test extends ConsultationScenarios {}
