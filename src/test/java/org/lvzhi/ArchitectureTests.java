package org.lvzhi;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Rules that keep the code honest, checked on the compiled classes. */
class ArchitectureTests {

  private static final String[] MONEY = {"org.lvzhi.shared..", "org.lvzhi.investment.."};
  private static final JavaClasses CLASSES = MainClasses.ALL;

  @Test
  void moneyIsNeverFloatingPoint() {
    fields()
        .that()
        .areDeclaredInClassesThat()
        .resideInAnyPackage(MONEY)
        .should()
        .notHaveRawType(double.class)
        .andShould()
        .notHaveRawType(float.class)
        .andShould()
        .notHaveRawType(Double.class)
        .andShould()
        .notHaveRawType(Float.class)
        .check(CLASSES);
    methods()
        .that()
        .areDeclaredInClassesThat()
        .resideInAnyPackage(MONEY)
        .should()
        .notHaveRawReturnType(double.class)
        .andShould()
        .notHaveRawReturnType(float.class)
        .check(CLASSES);
    noClasses()
        .that()
        .resideInAnyPackage(MONEY)
        .should()
        .callConstructor(BigDecimal.class, double.class)
        .orShould()
        .callMethod(BigDecimal.class, "valueOf", double.class)
        .orShould()
        .callMethod(Double.class, "parseDouble", String.class)
        .check(CLASSES);
  }

  @Test
  void domainClassesKnowNoWebTypes() {
    noClasses()
        .that()
        .resideOutsideOfPackage("..web..")
        .and()
        .resideInAnyPackage(
            "org.lvzhi.investment..",
            "org.lvzhi.shared..",
            "org.lvzhi.rectification..",
            "org.lvzhi.attachment..",
            "org.lvzhi.notification..",
            "org.lvzhi.account..",
            "org.lvzhi.organisation..",
            "org.lvzhi.activity..",
            "org.lvzhi.duty..",
            "org.lvzhi.history..",
            "org.lvzhi.metric..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("jakarta.servlet..", "org.springframework.web..")
        .check(CLASSES);
  }
}
