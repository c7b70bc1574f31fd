package org.lvzhi;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** Keeps one package per module with no cycles and no reach into another module's internals. */
class ModularityTests {

  /** Computed once for both tests (JUnit makes an instance per test). */
  private static final ApplicationModules MODULES = ApplicationModules.of(LvzhiApplication.class);

  @Test
  void modulesKeepTheirBoundaries() {
    MODULES.verify();
  }

  @Test
  void writesModuleDocumentation() {
    new Documenter(MODULES).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
  }
}
