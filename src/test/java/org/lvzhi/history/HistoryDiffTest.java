package org.lvzhi.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HistoryDiffTest {

  @Test
  void listsOnlyChangedFieldsInFieldOrder() {
    List<Change> changes =
        History.diff(
            List.of("member.name", "member.mobile", "member.post"),
            Map.of("member.name", "张伟", "member.mobile", "13800000001", "member.post", "院长"),
            Map.of("member.name", "张伟", "member.mobile", "13900000002", "member.post", "副院长"));

    assertThat(changes)
        .containsExactly(
            new Change("member.mobile", "13800000001", "13900000002"),
            new Change("member.post", "院长", "副院长"));
  }

  @Test
  void blankAndMissingAreTheSameNothing() {
    Map<String, String> before = new HashMap<>();
    before.put("member.post", "");
    assertThat(History.diff(List.of("member.post"), before, Map.of())).isEmpty();
    assertThat(History.diff(List.of("member.post"), Map.of(), Map.of("member.post", "主任")))
        .containsExactly(new Change("member.post", null, "主任"));
  }

  @Test
  void historyOffersNoWayToChangeOrRemoveAnEntry() {
    List<String> publicMethods =
        Arrays.stream(History.class.getDeclaredMethods())
            .filter(m -> Modifier.isPublic(m.getModifiers()))
            .map(Method::getName)
            .toList();
    assertThat(publicMethods).containsExactlyInAnyOrder("record", "diff", "of");
  }
}
