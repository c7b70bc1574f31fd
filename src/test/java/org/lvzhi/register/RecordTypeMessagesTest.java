package org.lvzhi.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.lvzhi.MessageBundles;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Every field, choice, action and record type that a module declares has its text in both
 * languages.
 */
@SpringBootTest(
    properties = {
      "spring.datasource.url=jdbc:h2:mem:messages;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
      "lvzhi.admin.password=Yunxi-Pass-2026!"
    })
class RecordTypeMessagesTest {

  @Autowired List<RecordType> types;

  @Test
  void everyDeclaredTextExistsInBothLanguages() {
    Set<String> needed = new TreeSet<>();
    for (RecordType type : types) {
      needed.add(type.labelKey);
      for (Field field : type.fields) {
        needed.add(field.labelKey);
        field.choices.forEach(code -> needed.add(field.choiceKeyPrefix + "." + code));
      }
      for (RecordAction action : type.actions) {
        needed.add(action.labelKey());
        needed.add("history.action." + action.name().toUpperCase(java.util.Locale.ROOT));
        if (action.confirmKey() != null) {
          needed.add(action.confirmKey());
        }
      }
      if (type.importFollowUp != null) {
        needed.add(type.importFollowUp.optionLabelKey());
        needed.addAll(type.importFollowUp.headerKeys());
      }
    }
    assertThat(types).hasSizeGreaterThanOrEqualTo(8);
    assertThat(MessageBundles.merged("").stringPropertyNames()).containsAll(needed);
    assertThat(MessageBundles.merged("_en").stringPropertyNames()).containsAll(needed);
  }

  @Test
  void everyAmountIsLabelledInTheUnitItIsTypedAndShownIn() {
    java.util.Properties zh = MessageBundles.merged("");
    java.util.Properties en = MessageBundles.merged("_en");
    List<String> amounts = new java.util.ArrayList<>();
    for (RecordType type : types) {
      for (Field field : type.fields) {
        if (field.type == Field.Type.AMOUNT) {
          amounts.add(type.name + "." + field.name);
          assertThat(zh.getProperty(field.labelKey)).as(field.labelKey).endsWith("（万元）");
          assertThat(en.getProperty(field.labelKey)).as(field.labelKey).endsWith("(10k yuan)");
        }
      }
    }
    assertThat(amounts)
        .contains("planned-projects.totalInvestment", "investment-projects.contractAmount");
  }
}
