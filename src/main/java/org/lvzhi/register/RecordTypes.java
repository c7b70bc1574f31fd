package org.lvzhi.register;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lvzhi.system.RecordNotFoundException;
import org.springframework.stereotype.Component;

/** Every record type the modules declared, by name. */
@Component
class RecordTypes {

  private final Map<String, RecordType> byName = new LinkedHashMap<>();

  RecordTypes(List<RecordType> types, List<RecordTypeAddition> additions) {
    for (RecordType type : types) {
      if (byName.put(type.name, type) != null) {
        throw new IllegalStateException("two record types named " + type.name);
      }
    }
    additions.forEach(
        addition -> {
          addition.actions().forEach(get(addition.typeName())::action);
          addition.panels().forEach(get(addition.typeName())::panel);
        });
    for (RecordType type : types) {
      type.fields.stream()
          .filter(f -> f.target != null && !byName.containsKey(f.target))
          .findAny()
          .ifPresent(
              f -> {
                throw new IllegalStateException(
                    type.name + "." + f.name + " refers to unknown type " + f.target);
              });
    }
  }

  RecordType get(String name) {
    RecordType type = byName.get(name);
    if (type == null) {
      throw new RecordNotFoundException("record type", name);
    }
    return type;
  }

  /** Every record type, in the order the modules declared them. */
  java.util.Collection<RecordType> all() {
    return java.util.Collections.unmodifiableCollection(byName.values());
  }

  RecordType target(Field field) {
    return get(field.target);
  }
}
