package org.lvzhi;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import org.junit.jupiter.api.Test;

/**
 * ADR 6: a module reads its aggregates as typed objects from its own store. The register engine
 * keeps records as field maps inside itself; nothing outside {@code org.lvzhi.register} may receive
 * or hand over a record as a {@code Map<String, Object>}.
 */
class AggregateReadsTests {

  private static final String FIELD_MAP = "java.util.Map<java.lang.String, java.lang.Object>";
  private static final JavaClasses CLASSES = MainClasses.ALL;

  @Test
  void noModuleReadsARecordOfTheRegisterEngineAsAMap() {
    noClasses()
        .that()
        .resideOutsideOfPackage("org.lvzhi.register..")
        .should()
        .callCodeUnitWhere(registerCodeUnitExchangingFieldMaps())
        .because(
            "rich aggregates are typed (ADR 6): ask the engine for ids, titles or visibility,"
                + " then load the module's own aggregate")
        .check(CLASSES);
  }

  private static DescribedPredicate<JavaCall<?>> registerCodeUnitExchangingFieldMaps() {
    return DescribedPredicate.describe(
        "a register method taking or returning a record as a field map",
        call -> {
          if (!call.getTargetOwner().getPackageName().startsWith("org.lvzhi.register")) {
            return false;
          }
          return call.getTarget()
              .resolveMember()
              .map(AggregateReadsTests::exchangesFieldMaps)
              .orElse(false);
        });
  }

  private static boolean exchangesFieldMaps(JavaCodeUnit unit) {
    if (unit.getReturnType().toString().contains(FIELD_MAP)) {
      return true;
    }
    return unit.getParameterTypes().stream().anyMatch(type -> type.toString().contains(FIELD_MAP));
  }
}
