package org.lvzhi.organisation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.lvzhi.account.Accounts;
import org.lvzhi.register.Registers;
import org.lvzhi.shared.CreditCode;
import org.lvzhi.system.DemoData;
import org.lvzhi.system.Role;
import org.lvzhi.system.SystemActor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The demo committee: a fictional county (云溪县) with its current term, five sessions, sectors,
 * special committees, ~40 units, ~150 members and an account for each role. Everything is entered
 * through the registers, so it is validated and has history like a clerk's work.
 */
@Component
@Order(10)
class DemoOrganisation implements DemoData {

  static final String COMMITTEE = "政协云溪县委员会";

  /** The name V10 gives the committee of a fresh deployment. */
  private static final String PLACEHOLDER = "本委员会";

  private static final Logger log = LoggerFactory.getLogger(DemoOrganisation.class);
  private final Registers registers;
  private final Accounts accounts;
  private final SystemActor system;
  private final JdbcClient jdbc;

  DemoOrganisation(Registers registers, Accounts accounts, SystemActor system, JdbcClient jdbc) {
    this.registers = registers;
    this.accounts = accounts;
    this.system = system;
    this.jdbc = jdbc;
  }

  @Override
  public void load() {
    boolean present =
        jdbc.sql("select count(*) from committee where name = :name")
                .param("name", COMMITTEE)
                .query(Long.class)
                .single()
            > 0;
    if (present) {
      log.info("Demo committee {} is present already; nothing loaded.", COMMITTEE);
      return;
    }
    long committee = demoCommittee();
    system.runIn(committee, () -> loadCommittee(committee));
  }

  /**
   * The committee the demo fills: a deployment's first committee while it is still the placeholder
   * of a fresh start (ADR 7), renamed; otherwise a new one.
   */
  private long demoCommittee() {
    Long placeholder =
        jdbc.sql(
                "select c.id from committee c where c.name = :placeholder and c.id = (select min(id)"
                    + " from committee) and not exists (select 1 from term t where t.committee_id = c.id)")
            .param("placeholder", PLACEHOLDER)
            .query(Long.class)
            .optional()
            .orElse(null);
    if (placeholder == null) {
      return system.call(
          () -> create("committees", "name", COMMITTEE, "level", "COUNTY", "region", "云溪县"));
    }
    jdbc.sql(
            "update committee set name = :name, region = :region, version = version + 1 where id = :id")
        .param("name", COMMITTEE)
        .param("region", "云溪县")
        .param("id", placeholder)
        .update();
    return placeholder;
  }

  private void loadCommittee(long committee) {
    long term =
        create(
            "terms",
            "name",
            "第十届",
            "committeeId",
            committee,
            "ordinal",
            10,
            "startsOn",
            "2021-12-20",
            "endsOn",
            "2026-12-31",
            "currentTerm",
            true);
    for (int n = 1; n <= 5; n++) {
      create(
          "sessions",
          "name",
          "第十届委员会第" + "一二三四五".charAt(n - 1) + "次会议",
          "termId",
          term,
          "ordinal",
          n,
          "sessionYear",
          2021 + n,
          "opensOn",
          (2021 + n) + "-01-0" + (5 + n % 3),
          "closesOn",
          (2021 + n) + "-01-0" + (8 + n % 2));
    }
    List<Long> sectors = new ArrayList<>();
    for (int i = 0; i < DemoNames.SECTORS.size(); i++) {
      sectors.add(
          create(
              "sectors",
              "name",
              DemoNames.SECTORS.get(i),
              "committeeId",
              committee,
              "sortOrder",
              i + 1));
    }
    List<Long> specialCommittees = new ArrayList<>();
    for (int i = 0; i < DemoNames.SPECIAL_COMMITTEES.size(); i++) {
      specialCommittees.add(
          create(
              "special-committees",
              "name",
              DemoNames.SPECIAL_COMMITTEES.get(i),
              "committeeId",
              committee,
              "sortOrder",
              i + 1,
              "duties",
              DemoNames.DUTIES.get(i)));
    }
    Map<String, Long> units = units(committee);
    List<Long> members = members(term, sectors, specialCommittees);
    accounts(members, units, specialCommittees);
  }

  private Map<String, Long> units(long committee) {
    Map<String, Long> units = new LinkedHashMap<>();
    Random random = new Random(7);
    for (String name : DemoNames.DEPARTMENTS) {
      units.put(
          name,
          create(
              "units",
              "name",
              name,
              "committeeId",
              committee,
              "unitType",
              "GOVERNMENT",
              "contactPerson",
              DemoNames.personName(random),
              "contactPhone",
              "0916-" + (6210000 + random.nextInt(9999)),
              "address",
              "云溪县城关镇" + DemoNames.STREETS.get(random.nextInt(DemoNames.STREETS.size()))));
    }
    int serial = 1;
    for (String name : DemoNames.ENTERPRISES) {
      String first17 = String.format("91610723MA%07d", 6000000 + serial++);
      units.put(
          name,
          create(
              "units",
              "name",
              name,
              "committeeId",
              committee,
              "unitType",
              "ENTERPRISE",
              "creditCode",
              first17 + CreditCode.checkCharacter(first17),
              "contactPerson",
              DemoNames.personName(random),
              "contactPhone",
              "139" + String.format("%08d", 29170000 + random.nextInt(99999)),
              "address",
              "云溪县" + DemoNames.PARKS.get(random.nextInt(DemoNames.PARKS.size()))));
    }
    return units;
  }

  private List<Long> members(long term, List<Long> sectors, List<Long> specialCommittees) {
    Random random = new Random(2023);
    List<Long> ids = new ArrayList<>();
    Set<String> names = new HashSet<>();
    for (int i = 0; i < 150; i++) {
      String name;
      do {
        name = DemoNames.personName(random);
      } while (!names.add(name));
      String role =
          i == 0 ? "CHAIR" : i <= 4 ? "VICE_CHAIR" : i == 5 ? "SECRETARY_GENERAL" : "NONE";
      boolean partyGroup = i == 0 || i == 1 || i == 2 || i == 5 || i == 6 || i == 7;
      Map<String, Object> member = new LinkedHashMap<>();
      member.put("name", name);
      member.put("gender", random.nextInt(10) < 6 ? "MALE" : "FEMALE");
      member.put(
          "birthDate",
          LocalDate.of(1962 + random.nextInt(30), 1 + random.nextInt(12), 1 + random.nextInt(28)));
      member.put(
          "party", i < 8 ? "CPC" : DemoNames.PARTIES.get(random.nextInt(DemoNames.PARTIES.size())));
      member.put("sectorId", sectors.get(i < 8 ? 0 : random.nextInt(sectors.size())));
      member.put("specialCommittees", List.of(specialCommittees.get(i % specialCommittees.size())));
      member.put(
          "employer",
          i < 8 ? COMMITTEE : DemoNames.EMPLOYERS.get(random.nextInt(DemoNames.EMPLOYERS.size())));
      member.put(
          "post",
          i < 8
              ? DemoNames.LEADER_POSTS.get(i)
              : DemoNames.POSTS.get(random.nextInt(DemoNames.POSTS.size())));
      member.put(
          "mobile",
          "1"
              + (35 + random.nextInt(5))
              + String.format("%08d", 10000000 + i * 37 + random.nextInt(30)));
      member.put("standing", i < 32);
      member.put("leadershipRole", role);
      member.put("partyGroup", partyGroup);
      member.put("termId", term);
      member.put("status", i == 149 ? "LEFT" : "SERVING");
      member.put("leftOn", i == 149 ? LocalDate.of(2024, 6, 30) : null);
      ids.add(create("members", member));
    }
    return ids;
  }

  private void accounts(List<Long> members, Map<String, Long> units, List<Long> specialCommittees) {
    Map<String, Accounts.Binding> demo = new LinkedHashMap<>();
    demo.put("office", Accounts.Binding.of(Role.STAFF));
    demo.put(
        "economy",
        new Accounts.Binding(Role.COMMITTEE_STAFF, null, null, specialCommittees.get(1)));
    demo.put("chair", new Accounts.Binding(Role.LEADER, members.get(0), null, null));
    demo.put("member", new Accounts.Binding(Role.MEMBER, members.get(20), null, null));
    demo.put(
        "unit",
        new Accounts.Binding(Role.UNIT, null, units.get(DemoNames.DEPARTMENTS.get(0)), null));
    demo.put("auditor", Accounts.Binding.of(Role.AUDITOR));
    StringBuilder table = new StringBuilder();
    demo.forEach(
        (username, binding) -> {
          String password =
              "demo-" + Long.toUnsignedString(new java.security.SecureRandom().nextLong(), 36);
          accounts.create(
              username, DemoNames.ACCOUNT_NAMES.get(username), binding, password, false);
          table.append(String.format("%n  %-8s %-16s %s", username, binding.role(), password));
        });
    log.warn(
        "\nDemo accounts (shown once; demo data only — never load it into a real committee):{}",
        table);
  }

  private long create(String type, Object... pairs) {
    Map<String, Object> values = new HashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      values.put((String) pairs[i], pairs[i + 1]);
    }
    return create(type, values);
  }

  private long create(String type, Map<String, Object> values) {
    Map<String, List<String>> input = new HashMap<>();
    values.forEach(
        (name, value) -> {
          if (value instanceof List<?> many) {
            input.put(name, many.stream().map(String::valueOf).toList());
          } else if (value != null) {
            input.put(name, List.of(String.valueOf(value)));
          }
        });
    return registers.create(type, input).id();
  }
}
