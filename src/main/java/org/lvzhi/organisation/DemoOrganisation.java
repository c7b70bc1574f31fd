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
import org.lvzhi.system.SystemActor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The demo committees: a fictional city (云州市) and two of its counties — 云溪县 with its current term,
 * five sessions, sectors, special committees, ~40 units, ~150 members and an account for each role,
 * and the smaller 云岭县 — each filled inside its own committee ({@link SystemActor#runIn}), and
 * office accounts for the city. Everything is entered through the registers, so it is validated and
 * has history like a clerk's work. A committee already filled is left alone.
 */
@Component
@Order(10)
class DemoOrganisation implements DemoData {

  static final String COMMITTEE = DemoNames.YUNXI.committee();

  /** The name V15 gives the committee of a fresh deployment. */
  private static final String PLACEHOLDER = "本委员会";

  private static final Logger log = LoggerFactory.getLogger(DemoOrganisation.class);
  private final Registers registers;
  private final Accounts accounts;
  private final SystemActor system;
  private final Committees committees;
  private final JdbcClient jdbc;

  DemoOrganisation(
      Registers registers,
      Accounts accounts,
      SystemActor system,
      JdbcClient jdbc,
      Committees committees) {
    this.committees = committees;
    this.registers = registers;
    this.accounts = accounts;
    this.system = system;
    this.jdbc = jdbc;
  }

  @Override
  public void load() {
    StringBuilder passwords = new StringBuilder();
    Long existingCity = committees.named(DemoNames.CITY).orElse(null);
    long city =
        existingCity != null
            ? existingCity
            : system.call(
                () ->
                    create(
                        "committees",
                        "name",
                        DemoNames.CITY,
                        "level",
                        "CITY",
                        "region",
                        DemoNames.CITY_REGION));
    for (DemoCounty county : DemoNames.COUNTIES) {
      long committee = countyCommittee(county, city);
      if (hasTerm(committee)) {
        log.info("Demo committee {} is present already; nothing loaded.", county.committee());
        continue;
      }
      system.runIn(committee, () -> loadCounty(county, committee, passwords));
    }
    if (existingCity == null) {
      system.runIn(
          city,
          () ->
              DemoNames.CITY_ACCOUNTS.forEach(
                  account -> account(DemoNames.CITY, account, null, passwords)));
    }
    if (!passwords.isEmpty()) {
      log.warn(
          "\nDemo accounts (shown once; demo data only — never load it into a real committee):{}",
          passwords);
    }
  }

  private boolean hasTerm(long committee) {
    return jdbc.sql("select count(*) from term where committee_id = :committee")
            .param("committee", committee)
            .query(Long.class)
            .single()
        > 0;
  }

  /**
   * The committee a demo county fills, below the city: the county's if it exists; else a fresh
   * deployment's first committee while it is still the placeholder (ADR 7), renamed, for the first
   * county (so that {@code admin} works in it); else a new one.
   */
  private long countyCommittee(DemoCounty county, long city) {
    Long existing = committees.named(county.committee()).orElse(null);
    if (existing != null) {
      // A county loaded before the city existed is put below it; one already placed stays.
      return below(existing, city);
    }
    Long placeholder =
        county == DemoNames.COUNTIES.get(0)
            ? jdbc.sql(
                    "select c.id from committee c where c.name = :placeholder and c.id = (select"
                        + " min(id) from committee) and not exists (select 1 from term t where"
                        + " t.committee_id = c.id)")
                .param("placeholder", PLACEHOLDER)
                .query(Long.class)
                .optional()
                .orElse(null)
            : null;
    if (placeholder == null) {
      // The register keeps no parent (the tree is the super-administrator's): set it here.
      return below(
          system.call(
              () ->
                  create(
                      "committees",
                      "name",
                      county.committee(),
                      "level",
                      "COUNTY",
                      "region",
                      county.region())),
          city);
    }
    jdbc.sql(
            "update committee set name = :name, region = :region, parent_id = :city,"
                + " version = version + 1 where id = :id")
        .param("name", county.committee())
        .param("region", county.region())
        .param("city", city)
        .param("id", placeholder)
        .update();
    return placeholder;
  }

  /** Puts a committee that has no parent yet below the city; answers the committee. */
  private long below(long committee, long city) {
    jdbc.sql(
            "update committee set parent_id = :city, version = version + 1"
                + " where id = :id and parent_id is null")
        .param("city", city)
        .param("id", committee)
        .update();
    return committee;
  }

  private void loadCounty(DemoCounty county, long committee, StringBuilder passwords) {
    LocalDate starts = county.termStartsOn();
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
            starts,
            "endsOn",
            starts.plusYears(5).withMonth(12).withDayOfMonth(31),
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
          starts.getYear() + n,
          "opensOn",
          (starts.getYear() + n) + "-01-0" + (5 + n % 3),
          "closesOn",
          (starts.getYear() + n) + "-01-0" + (8 + n % 2));
    }
    List<Long> sectors = new ArrayList<>();
    for (int i = 0; i < county.sectors().size(); i++) {
      sectors.add(
          create(
              "sectors",
              "name",
              county.sectors().get(i),
              "committeeId",
              committee,
              "sortOrder",
              i + 1));
    }
    List<Long> specialCommittees = new ArrayList<>();
    for (int i = 0; i < county.specialCommittees().size(); i++) {
      specialCommittees.add(
          create(
              "special-committees",
              "name",
              county.specialCommittees().get(i),
              "committeeId",
              committee,
              "sortOrder",
              i + 1,
              "duties",
              DemoNames.duties(county.specialCommittees().get(i))));
    }
    List<Long> units = units(county, committee);
    List<Long> members = members(county, term, sectors, specialCommittees);
    for (DemoCounty.Account account : county.accounts()) {
      Long bound =
          switch (account.bound()) {
            case NOTHING -> null;
            case MEMBER -> members.get(account.index());
            case UNIT -> units.get(account.index());
            case SPECIAL_COMMITTEE -> specialCommittees.get(account.index());
          };
      account(county.committee(), account, bound, passwords);
    }
  }

  /** The county's departments, then its enterprises. */
  private List<Long> units(DemoCounty county, long committee) {
    List<Long> units = new ArrayList<>();
    Random random = new Random(county.unitSeed());
    for (String name : county.departments()) {
      units.add(
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
              "0916-" + (county.phoneExchange() + random.nextInt(9999)),
              "address",
              county.region()
                  + county.seat()
                  + county.streets().get(random.nextInt(county.streets().size()))));
    }
    int serial = 1;
    for (String name : county.enterprises()) {
      String first17 = String.format("91%sMA%07d", county.areaCode(), 6000000 + serial++);
      units.add(
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
              county.region() + county.parks().get(random.nextInt(county.parks().size()))));
    }
    return units;
  }

  private List<Long> members(
      DemoCounty county, long term, List<Long> sectors, List<Long> specialCommittees) {
    Random random = new Random(county.memberSeed());
    int leaders = county.leaderPosts().size();
    List<Long> ids = new ArrayList<>();
    Set<String> names = new HashSet<>();
    for (int i = 0; i < county.members(); i++) {
      String name;
      do {
        name = DemoNames.personName(random);
      } while (!names.add(name));
      String role =
          i == 0
              ? "CHAIR"
              : i <= county.viceChairs()
                  ? "VICE_CHAIR"
                  : i == county.viceChairs() + 1 ? "SECRETARY_GENERAL" : "NONE";
      Map<String, Object> member = new LinkedHashMap<>();
      member.put("name", name);
      member.put("gender", random.nextInt(10) < 6 ? "MALE" : "FEMALE");
      member.put(
          "birthDate",
          LocalDate.of(1962 + random.nextInt(30), 1 + random.nextInt(12), 1 + random.nextInt(28)));
      member.put(
          "party",
          i < leaders ? "CPC" : DemoNames.PARTIES.get(random.nextInt(DemoNames.PARTIES.size())));
      member.put("sectorId", sectors.get(i < leaders ? 0 : random.nextInt(sectors.size())));
      member.put("specialCommittees", List.of(specialCommittees.get(i % specialCommittees.size())));
      member.put(
          "employer",
          i < leaders
              ? county.committee()
              : county.employers().get(random.nextInt(county.employers().size())));
      member.put(
          "post",
          i < leaders
              ? county.leaderPosts().get(i)
              : DemoNames.POSTS.get(random.nextInt(DemoNames.POSTS.size())));
      member.put(
          "mobile",
          "1"
              + (35 + random.nextInt(5))
              + String.format("%08d", county.mobileBase() + i * 37 + random.nextInt(30)));
      member.put("standing", i < county.standing());
      member.put("leadershipRole", role);
      member.put("partyGroup", county.partyGroup().contains(i));
      member.put("termId", term);
      member.put("status", i == county.leftAt() ? "LEFT" : "SERVING");
      member.put("leftOn", i == county.leftAt() ? LocalDate.of(2024, 6, 30) : null);
      ids.add(create("members", member));
    }
    return ids;
  }

  /**
   * A demo account with a random password, added to the table printed once. Created by the system
   * user working in the committee, the account belongs to it (or to what it is bound to).
   */
  private void account(
      String committee, DemoCounty.Account account, Long bound, StringBuilder passwords) {
    Accounts.Binding binding =
        switch (account.bound()) {
          case NOTHING -> Accounts.Binding.of(account.role());
          case MEMBER -> new Accounts.Binding(account.role(), bound, null, null);
          case UNIT -> new Accounts.Binding(account.role(), null, bound, null);
          case SPECIAL_COMMITTEE -> new Accounts.Binding(account.role(), null, null, bound);
        };
    String password =
        "demo-" + Long.toUnsignedString(new java.security.SecureRandom().nextLong(), 36);
    accounts.create(account.username(), account.displayName(), binding, password, false);
    passwords.append(
        String.format(
            "%n  %-16s %-16s %-24s %s", account.username(), account.role(), password, committee));
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
