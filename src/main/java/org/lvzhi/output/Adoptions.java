package org.lvzhi.output;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.lvzhi.history.Change;
import org.lvzhi.history.History;
import org.lvzhi.register.RecordPanel;
import org.lvzhi.system.InvalidInputException;
import org.lvzhi.system.RecordNotFoundException;
import org.lvzhi.system.Texts;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Adoptions (采用: by which level's body, when) and leaders' instructions (领导批示: level, leader, text,
 * when) recorded on a report or an output after the fact, for every {@link AdoptionOwner}. Each is
 * checked (dates never in the future; 400 naming the field), recorded in the owner's history and
 * published ({@link AdoptionRecorded}, {@link InstructionRecorded}), on which the authors are told.
 */
@Service
public class Adoptions {

  public static final int BODY_LENGTH = 100;
  public static final int LEADER_LENGTH = 60;
  public static final int CONTENT_LENGTH = 1000;
  static final String ADOPT = "ADOPTION_RECORD";
  static final String INSTRUCT = "INSTRUCTION_RECORD";

  public record Adoption(
      long id, AdoptionLevel level, String body, LocalDate on, String recordedBy) {}

  public record Instruction(
      long id,
      AdoptionLevel level,
      String leader,
      String content,
      LocalDate on,
      String recordedBy) {}

  /** What happened to a record afterwards, oldest first. */
  public record Outcomes(List<Adoption> adoptions, List<Instruction> instructions) {}

  /** One adoption or instruction counted: whose, at which level, on which day. */
  public record Counted(long ownerId, AdoptionLevel level, LocalDate on) {}

  private final AdoptionStore store;
  private final Map<String, AdoptionOwner> owners = new LinkedHashMap<>();
  private final History history;
  private final MessageSource messages;
  private final ApplicationEventPublisher events;
  private final AdoptionPanels panels;
  private final Clock clock;

  Adoptions(
      AdoptionStore store,
      List<AdoptionOwner> owners,
      History history,
      MessageSource messages,
      ApplicationEventPublisher events,
      AdoptionPanels panels,
      Clock clock) {
    this.store = store;
    owners.forEach(owner -> this.owners.put(owner.ownerType(), owner));
    this.history = history;
    this.messages = messages;
    this.events = events;
    this.panels = panels;
    this.clock = clock;
  }

  @Transactional
  public Adoption adopt(
      String ownerType, long ownerId, AdoptionLevel level, String body, LocalDate on) {
    AdoptionOwner owner = owner(ownerType);
    owner.requireRecordable(ownerId);
    Map<String, String> problems = new LinkedHashMap<>();
    if (level == null) {
      problems.put("level", Texts.of("output.adoption.levelMissing"));
    }
    String cleanBody = required(problems, "body", body, BODY_LENGTH, "output.adoption.bodyMissing");
    LocalDate date = dated(problems, "on", on);
    refuseIf(problems);
    long id = store.insertAdoption(ownerType, ownerId, level, cleanBody, date);
    history.record(
        ownerType,
        ownerId,
        ADOPT,
        List.of(
            new Change("output.adoption.level", null, chinese("output.level." + level.name())),
            new Change("output.adoption.body", null, cleanBody),
            new Change("output.adoption.on", null, date.toString())));
    events.publishEvent(new AdoptionRecorded(ownerType, ownerId, id, level.name()));
    return store.adoptions(ownerType, ownerId).stream()
        .filter(a -> a.id() == id)
        .findFirst()
        .orElseThrow();
  }

  @Transactional
  public Instruction instruct(
      String ownerType,
      long ownerId,
      AdoptionLevel level,
      String leader,
      String content,
      LocalDate on) {
    AdoptionOwner owner = owner(ownerType);
    owner.requireRecordable(ownerId);
    Map<String, String> problems = new LinkedHashMap<>();
    if (level == null) {
      problems.put("level", Texts.of("output.adoption.levelMissing"));
    }
    String cleanLeader =
        required(problems, "leader", leader, LEADER_LENGTH, "output.instruction.leaderMissing");
    String cleanContent =
        required(problems, "content", content, CONTENT_LENGTH, "output.instruction.contentMissing");
    LocalDate date = dated(problems, "on", on);
    refuseIf(problems);
    long id = store.insertInstruction(ownerType, ownerId, level, cleanLeader, cleanContent, date);
    history.record(
        ownerType,
        ownerId,
        INSTRUCT,
        List.of(
            new Change("output.adoption.level", null, chinese("output.level." + level.name())),
            new Change("output.instruction.leader", null, cleanLeader),
            new Change("output.instruction.content", null, cleanContent),
            new Change("output.adoption.on", null, date.toString())));
    events.publishEvent(new InstructionRecorded(ownerType, ownerId, id, level.name()));
    return store.instructions(ownerType, ownerId).stream()
        .filter(i -> i.id() == id)
        .findFirst()
        .orElseThrow();
  }

  /** The record's adoptions and instructions, where the current user may see the record. */
  @Transactional(readOnly = true)
  public Outcomes of(String ownerType, long ownerId) {
    owner(ownerType).requireVisible(ownerId);
    return new Outcomes(
        store.adoptions(ownerType, ownerId), store.instructions(ownerType, ownerId));
  }

  /** Whether the current user may record an adoption or instruction on the record now. */
  public boolean mayRecord(String ownerType, long ownerId) {
    return owner(ownerType).mayRecord(ownerId);
  }

  /** A committee's adoptions of records of a type dated in the period (levels: all when empty). */
  @Transactional(readOnly = true)
  public List<Counted> adoptions(
      String ownerType,
      long committeeId,
      LocalDate from,
      LocalDate to,
      Collection<AdoptionLevel> levels) {
    return store.counted(false, ownerType, committeeId, from, to, levels);
  }

  /** A committee's instructions on records of a type dated in the period. */
  @Transactional(readOnly = true)
  public List<Counted> instructions(
      String ownerType,
      long committeeId,
      LocalDate from,
      LocalDate to,
      Collection<AdoptionLevel> levels) {
    return store.counted(true, ownerType, committeeId, from, to, levels);
  }

  /** The highest level each of these records was adopted at; records never adopted are left out. */
  @Transactional(readOnly = true)
  public Map<Long, AdoptionLevel> highestLevels(String ownerType, Collection<Long> ownerIds) {
    return store.highestLevels(ownerType, ownerIds);
  }

  /** The panel of adoptions and instructions for the pages of an owner's records. */
  public RecordPanel panel(String ownerType) {
    return panels.panel(ownerType);
  }

  /** The owner of a type: known to the module's listener and web layer. */
  AdoptionOwner owner(String ownerType) {
    AdoptionOwner owner = owners.get(ownerType);
    if (owner == null) {
      throw new RecordNotFoundException(ownerType, 0);
    }
    return owner;
  }

  /** The page of the record an adoption belongs to. */
  public String pathOf(String ownerType, long ownerId) {
    return owner(ownerType).path(ownerId);
  }

  public LocalDate today() {
    return LocalDate.now(clock);
  }

  private LocalDate dated(Map<String, String> problems, String field, LocalDate on) {
    LocalDate today = today();
    LocalDate date = on == null ? today : on;
    if (date.isAfter(today)) {
      problems.put(field, Texts.of("output.adoption.dateInFuture", today));
    }
    return date;
  }

  private static String required(
      Map<String, String> problems, String field, String text, int max, String missing) {
    if (text == null || text.isBlank()) {
      problems.put(field, Texts.of(missing));
      return null;
    }
    String trimmed = text.strip();
    if (trimmed.length() > max) {
      problems.put(field, Texts.of("output.adoption.tooLong", max));
    }
    return trimmed;
  }

  private static void refuseIf(Map<String, String> problems) {
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
  }

  private String chinese(String key) {
    return messages.getMessage(key, null, key, Locale.SIMPLIFIED_CHINESE);
  }
}
