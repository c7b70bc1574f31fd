package org.lvzhi.it;

/** {@link AssetScenarios} on H2. */
@OnH2
class AssetH2Test extends AssetScenarios {}
