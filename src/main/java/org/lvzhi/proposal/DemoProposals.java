package org.lvzhi.proposal;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;
import org.lvzhi.organisation.Members;
import org.lvzhi.proposal.DemoProposalsTopics.Topic;
import org.lvzhi.proposal.HandlingCodes.ContactManner;
import org.lvzhi.proposal.HandlingCodes.Rating;
import org.lvzhi.proposal.HandlingCodes.ReplyGrade;
import org.lvzhi.system.CommitteeDirectory;
import org.lvzhi.system.DemoData;
import org.lvzhi.system.Role;
import org.lvzhi.system.SystemActor;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The demo county's proposal year: about 180 proposals of its session, entered through the real
 * services as the people who make each move (the office, the members, the units' clerks), dated
 * from the session's opening to today and never after: drafts of the demo member, joint proposals
 * awaiting co-signers (one awaiting the demo member), proposals submitted, returned, not accepted,
 * merged, withdrawn, accepted, assigned, in hand (some overdue, some urged, some asking for more
 * time or to be returned), replied, awaiting rating and closed (some rated dissatisfied and
 * re-handled), key proposals supervised by leaders, conversations on a few. Early in the year the
 * previous session's proposals are the demo's, so there is a year to show.
 */
@Component
@Order(40)
class DemoProposals implements DemoData {

  static final String COUNTY = "政协云溪县委员会";

  /** Where a demo proposal ends, and how many end there. */
  enum Target {
    DRAFT(3),
    AWAITING(3),
    SUBMITTED(10),
    RETURNED(4),
    REJECTED(8),
    MERGED(4),
    WITHDRAWN(3),
    ACCEPTED(6),
    ASSIGNED(6),
    ASSIGNED_OVERDUE(4),
    IN_PROGRESS(15),
    IN_PROGRESS_OVERDUE(10),
    REHANDLING(2),
    REPLIED(10),
    AWAITING_FEEDBACK(15),
    CLOSED(71),
    CLOSED_REHANDLED(6);

    final int count;

    Target(int count) {
      this.count = count;
    }

    boolean assigned() {
      return compareTo(ASSIGNED) >= 0;
    }

    boolean replied() {
      return compareTo(REHANDLING) >= 0;
    }
  }

  private final Proposals proposals;
  private final ProposalHandling handling;
  private final SystemActor system;
  private final CommitteeDirectory committees;
  private final Members members;
  private final JdbcClient jdbc;
  private final Clock clock;

  DemoProposals(
      Proposals proposals,
      ProposalHandling handling,
      SystemActor system,
      CommitteeDirectory committees,
      Members members,
      JdbcClient jdbc,
      Clock clock) {
    this.proposals = proposals;
    this.handling = handling;
    this.system = system;
    this.committees = committees;
    this.members = members;
    this.jdbc = jdbc;
    this.clock = clock;
  }

  @Override
  public void load() {
    Long committee = committees.named(COUNTY).orElse(null);
    if (committee == null
        || count("select count(*) from proposal where committee_id = :c", committee) > 0
        || count("select count(*) from member where committee_id = :c", committee) < 10
        || count("select count(*) from unit where committee_id = :c", committee) == 0
        || count("select count(*) from plenary_session where committee_id = :c", committee) == 0) {
      return;
    }
    system.runIn(committee, () -> new Year(committee).load());
  }

  private long count(String sql, long committee) {
    return jdbc.sql(sql).param("c", committee).query(Long.class).single();
  }

  /** One demo proposal: what it is about, who writes it, where it ends. */
  private static final class Plan {
    Target target;
    Topic topic;
    String subject;
    ProposalKind kind;
    Long lead;
    List<Long> cosigners = List.of();
    String body;
    boolean inSession;
    boolean coUnit;
    boolean key;
    boolean late;
    LocalDate submitted;
    long id;
  }

  /** The demo year of one committee, entered as the system user working in it. */
  private final class Year {

    private final long committee;
    private final Random random = new Random(20240105L);
    private final LocalDate today = LocalDate.now(clock);
    private final long session;
    private final LocalDate opened;
    private final List<Long> people;
    private final long demoMember;
    private final Long chair;
    private final List<Long> leaders;
    private final Map<String, Long> units = new HashMap<>();
    private final Map<String, String> clerks = new HashMap<>();
    private final List<Plan> survivors = new ArrayList<>();

    Year(long committee) {
      this.committee = committee;
      List<Map.Entry<Long, LocalDate>> sessions =
          jdbc.sql(
                  "select id, opens_on, session_year from plenary_session where committee_id = :c"
                      + " and session_year <= :year order by session_year desc, ordinal desc")
              .param("c", committee)
              .param("year", today.getYear())
              .query(
                  (rs, n) ->
                      Map.entry(
                          rs.getLong(1),
                          rs.getObject(2, LocalDate.class) == null
                              ? LocalDate.of(rs.getInt(3), 1, 6)
                              : rs.getObject(2, LocalDate.class)))
              .list();
      // Early in the year (or before this year's session), the last session's year is shown.
      Map.Entry<Long, LocalDate> chosen =
          sessions.size() > 1 && sessions.get(0).getValue().plusDays(60).isAfter(today)
              ? sessions.get(1)
              : sessions.get(0);
      this.session = chosen.getKey();
      this.opened = chosen.getValue().isAfter(today) ? today : chosen.getValue();
      this.people = ids("select id from member where committee_id = :c order by id");
      this.demoMember = account("member", "member_id").orElse(people.get(0));
      this.chair = members.chair(committee).orElse(people.get(1));
      List<Long> named = new ArrayList<>(members.leaders().keySet());
      this.leaders = named.isEmpty() ? List.of(chair) : named;
      jdbc.sql("select id, name from unit where committee_id = :c order by id")
          .param("c", committee)
          .query(
              (org.springframework.jdbc.core.RowCallbackHandler)
                  rs -> units.put(rs.getString(2), rs.getLong(1)));
      account("unit", "unit_id")
          .ifPresent(
              unit ->
                  units.entrySet().stream()
                      .filter(e -> e.getValue().equals(unit))
                      .forEach(e -> clerks.put(e.getKey(), "unit")));
    }

    private List<Long> ids(String sql) {
      return jdbc.sql(sql).param("c", committee).query(Long.class).list();
    }

    private java.util.Optional<Long> account(String username, String column) {
      return jdbc.sql(
              "select " + column + " from account where username = :u and committee_id = :c")
          .param("u", username)
          .param("c", committee)
          .query((rs, n) -> rs.getObject(1, Long.class))
          .optional()
          .filter(java.util.Objects::nonNull);
    }

    void load() {
      List<Plan> plans = plans();
      plans.sort(Comparator.comparing((Plan p) -> p.submitted).thenComparing(p -> p.subject));
      for (Plan plan : plans) {
        enter(plan);
      }
      converse(plans);
    }

    // ---- what is written ----

    private List<Plan> plans() {
      List<Plan> plans = new ArrayList<>();
      Map<Topic, Integer> forms = new HashMap<>();
      Map<Target, Integer> seen = new EnumMap<>(Target.class);
      int next = 0;
      for (Target target : Target.values()) {
        for (int j = 0; j < target.count; j++) {
          Plan plan = new Plan();
          plan.target = target;
          // The demo unit's clerk finds something at every step of its work.
          boolean forUnit = j == 0 && target.assigned();
          plan.topic =
              forUnit
                  ? DemoProposalsTopics.TOPICS.get(20 + target.ordinal() % 3)
                  : DemoProposalsTopics.TOPICS.get(next++ * 7 % DemoProposalsTopics.TOPICS.size());
          int form = forms.merge(plan.topic, 1, Integer::sum) - 1;
          plan.subject =
              DemoProposalsTopics.FORMS
                  .get(form % DemoProposalsTopics.FORMS.size())
                  .formatted(plan.topic.phrase());
          int n = seen.merge(target, 1, Integer::sum);
          authors(plan, n);
          plan.inSession = target != Target.SUBMITTED && target != Target.AWAITING;
          plan.coUnit = plan.topic.coUnit() != null && n % 3 == 0;
          plan.key = key(target, n);
          plan.late = target.replied() && n % 8 == 3;
          plan.submitted = submitted(target);
          plans.add(plan);
        }
      }
      return plans;
    }

    /** About one in six is joint, one in twelve collective; the demo member leads a few. */
    private void authors(Plan plan, int n) {
      int pick = random.nextInt(people.size());
      plan.lead = people.get(pick);
      plan.kind = ProposalKind.INDIVIDUAL;
      boolean demo =
          plan.target == Target.DRAFT
              || n == 1
                  && List.of(
                          Target.RETURNED,
                          Target.REJECTED,
                          Target.IN_PROGRESS,
                          Target.AWAITING_FEEDBACK,
                          Target.CLOSED)
                      .contains(plan.target)
              || n == 2 && plan.target == Target.CLOSED;
      if (demo) {
        plan.lead = demoMember;
      }
      if (plan.target == Target.AWAITING || !demo && random.nextInt(6) == 0) {
        plan.kind = ProposalKind.JOINT;
        List<Long> cosigners = new ArrayList<>();
        if (plan.target == Target.AWAITING && n == 1) {
          // One joint proposal waits for the demo member to confirm it.
          plan.lead =
              people.get(pick).equals(demoMember)
                  ? people.get((pick + 1) % people.size())
                  : people.get(pick);
          cosigners.add(demoMember);
        }
        int size = 1 + random.nextInt(3);
        while (cosigners.size() < size) {
          long member = people.get(random.nextInt(people.size()));
          if (member != plan.lead && !cosigners.contains(member)) {
            cosigners.add(member);
          }
        }
        plan.cosigners = cosigners;
      } else if (!demo && plan.target != Target.DRAFT && random.nextInt(12) == 0) {
        plan.kind = ProposalKind.COLLECTIVE;
        plan.lead = null;
        plan.body =
            DemoProposalsTopics.BODIES.get(random.nextInt(DemoProposalsTopics.BODIES.size()));
      }
    }

    /** About six in a hundred are key proposals; two overdue ones are the chair's to supervise. */
    private static boolean key(Target target, int n) {
      return switch (target) {
        case IN_PROGRESS_OVERDUE -> n <= 2;
        case ASSIGNED_OVERDUE, IN_PROGRESS, AWAITING_FEEDBACK -> n == 2;
        case CLOSED -> n % 12 == 5;
        default -> false;
      };
    }

    /**
     * Most proposals come in at the session; those still waiting for review or just assigned came
     * in during the year.
     */
    private LocalDate submitted(Target target) {
      LocalDate day =
          switch (target) {
            case DRAFT, AWAITING, SUBMITTED -> today.minusDays(random.nextInt(15));
            case RETURNED, WITHDRAWN -> today.minusDays(10 + random.nextInt(30));
            case ACCEPTED -> today.minusDays(12 + random.nextInt(14));
            case ASSIGNED -> today.minusDays(30 + random.nextInt(20));
            case IN_PROGRESS -> today.minusDays(45 + random.nextInt(30));
            case MERGED -> opened.plusDays(5 + random.nextInt(6));
            default -> opened.plusDays(random.nextInt(5));
          };
      return day.isBefore(opened) ? opened : day.isAfter(today) ? today : day;
    }

    // ---- how it goes ----

    private void enter(Plan plan) {
      switch (plan.target) {
        case DRAFT -> draftAsMember(plan);
        case AWAITING -> awaitCosigners(plan);
        default -> {
          plan.id = proposals.draft(draft(plan), plan.submitted).id();
          review(plan);
        }
      }
    }

    private Proposals.Draft draft(Plan plan) {
      Topic topic = plan.topic;
      return new Proposals.Draft(
          plan.kind,
          plan.lead,
          plan.cosigners,
          plan.body,
          null,
          null,
          plan.inSession,
          session,
          new ProposalText(
              plan.subject,
              DemoProposalsTopics.situation(topic),
              DemoProposalsTopics.analysis(topic),
              DemoProposalsTopics.suggestions(topic),
              "县" + topic.leadUnit().replace("分局", "局")));
    }

    private void draftAsMember(Plan plan) {
      acting("member", Role.MEMBER, demoMember, null, () -> proposals.draft(draft(plan), null));
    }

    private void awaitCosigners(Plan plan) {
      long id =
          acting(
              "member-" + plan.lead,
              Role.MEMBER,
              plan.lead,
              null,
              () -> proposals.draft(draft(plan), null).id());
      acting("member-" + plan.lead, Role.MEMBER, plan.lead, null, () -> proposals.submit(id, null));
    }

    private void review(Plan plan) {
      LocalDate reviewed = after(plan.submitted, 2, 8);
      switch (plan.target) {
        case SUBMITTED -> {}
        case RETURNED ->
            proposals.returnForRevision(
                plan.id,
                DemoProposalsTopics.RETURN_NOTES.get(
                    random.nextInt(DemoProposalsTopics.RETURN_NOTES.size())),
                reviewed);
        case REJECTED ->
            proposals.reject(
                plan.id,
                List.of("NO_SUGGESTION", "PERSONAL", "ACADEMIC", "PROMOTION")
                    .get(random.nextInt(4)),
                null,
                reviewed);
        case WITHDRAWN -> proposals.withdraw(plan.id, "提案人提出书面申请撤回", reviewed);
        case MERGED -> merge(plan, reviewed);
        default -> accept(plan, reviewed);
      }
    }

    private void merge(Plan plan, LocalDate on) {
      Plan survivor =
          survivors.stream()
              .filter(s -> s.topic == plan.topic)
              .findFirst()
              .orElse(survivors.isEmpty() ? null : survivors.get(0));
      if (survivor == null) {
        proposals.reject(plan.id, "OTHER", null, on);
      } else {
        proposals.merge(plan.id, survivor.id, on);
      }
    }

    private void accept(Plan plan, LocalDate on) {
      proposals.accept(plan.id, session, on);
      if (plan.key) {
        proposals.markKey(
            plan.id,
            true,
            plan.target == Target.IN_PROGRESS_OVERDUE
                ? chair
                : leaders.get(random.nextInt(leaders.size())));
      }
      if (plan.target == Target.ACCEPTED) {
        return;
      }
      boolean overdue =
          plan.target == Target.ASSIGNED_OVERDUE
              || plan.target == Target.IN_PROGRESS_OVERDUE
              || plan.target == Target.REHANDLING;
      LocalDate assigned = after(on, 4, overdue ? 8 : 12);
      long lead = unit(plan.topic.leadUnit());
      List<Long> co = plan.coUnit ? List.of(unit(plan.topic.coUnit())) : List.of();
      handling.assign(plan.id, lead, co, null, assigned);
      if (plan.target == Target.IN_PROGRESS_OVERDUE
          || plan.target == Target.ASSIGNED_OVERDUE
          || plan.target == Target.IN_PROGRESS) {
        survivors.add(plan);
      }
      handle(plan, lead, co, assigned);
    }

    private void handle(Plan plan, long lead, List<Long> co, LocalDate assigned) {
      if (plan.target == Target.ASSIGNED || plan.target == Target.ASSIGNED_OVERDUE) {
        if (plan.target == Target.ASSIGNED && plan.coUnit) {
          asUnit(lead, () -> handling.askReturn(plan.id, "该事项不属于本单位职能范围，建议改由相关部门主办。"));
        }
        urge(plan);
        return;
      }
      LocalDate acknowledged = after(assigned, 1, 5);
      asUnit(lead, () -> handling.acknowledge(plan.id, acknowledged));
      co.forEach(unit -> asUnit(unit, () -> handling.acknowledge(plan.id, acknowledged)));
      LocalDate contacted = after(acknowledged, 7, 25);
      asUnit(
          lead,
          () ->
              handling.recordContact(
                  plan.id,
                  ContactManner.values()[random.nextInt(4)],
                  "与提案人面商，听取意见建议，介绍办理思路。",
                  contacted));
      if (!plan.target.replied()) {
        inHand(plan, lead);
        return;
      }
      co.forEach(
          unit ->
              asUnit(
                  unit,
                  () ->
                      handling.sendOpinion(
                          plan.id, "我单位同意提案所提建议，将积极配合主办单位做好相关工作。", after(contacted, 2, 10))));
      LocalDate due = handling.defaultDue(assigned);
      LocalDate replied = plan.late ? after(due, 3, 20) : after(contacted, 15, 50);
      reply(plan, lead, replied.isAfter(due) && !plan.late ? due : replied);
      finish(plan, lead);
    }

    private void inHand(Plan plan, long lead) {
      if (plan.target == Target.IN_PROGRESS && random.nextInt(5) == 0) {
        Proposal p = proposals.get(plan.id);
        LocalDate until = p.dueOn().plusMonths(1);
        asUnit(lead, () -> handling.askExtension(plan.id, until, "涉及项目资金申报，需待上级批复后答复。"));
        if (random.nextBoolean()) {
          handling.settleExtension(plan.id, true);
        }
      }
      urge(plan);
    }

    private void urge(Plan plan) {
      if ((plan.target == Target.IN_PROGRESS_OVERDUE || plan.target == Target.ASSIGNED_OVERDUE)
          && proposals.get(plan.id).overdueOn(today)
          && random.nextBoolean()) {
        proposals.urge(plan.id);
      }
    }

    private void reply(Plan plan, long lead, LocalDate on) {
      ReplyGrade grade =
          ReplyGrade.values()[random.nextInt(10) < 6 ? 0 : random.nextInt(10) < 8 ? 1 : 2];
      asUnit(
          lead,
          () ->
              handling.reply(
                  plan.id,
                  grade,
                  DemoProposalsTopics.reply(plan.topic, grade),
                  "答复函.pdf",
                  letter(),
                  on));
    }

    private void finish(Plan plan, long lead) {
      if (plan.target == Target.REPLIED) {
        return;
      }
      Proposal replied = proposals.get(plan.id);
      LocalDate checked = after(replied.repliedOn(), 2, 7);
      handling.passReply(plan.id, checked);
      if (plan.target == Target.AWAITING_FEEDBACK) {
        return;
      }
      LocalDate rated = after(checked, 5, 20);
      if (plan.target == Target.CLOSED) {
        Rating result = random.nextInt(4) == 0 ? Rating.BASICALLY_SATISFIED : Rating.SATISFIED;
        handling.rate(plan.id, Rating.SATISFIED, result, null, rated);
        return;
      }
      handling.rate(
          plan.id,
          Rating.BASICALLY_SATISFIED,
          Rating.DISSATISFIED,
          "答复内容较为笼统，未提出具体解决措施和时间表。",
          rated);
      if (plan.target == Target.CLOSED_REHANDLED) {
        LocalDate again = after(rated, 10, 30);
        reply(plan, lead, again);
        LocalDate passed = after(again, 2, 5);
        handling.passReply(plan.id, passed);
        handling.rate(
            plan.id, Rating.SATISFIED, Rating.BASICALLY_SATISFIED, null, after(passed, 3, 10));
      }
    }

    /** A member asks and the unit answers on a few proposals in hand. */
    private void converse(List<Plan> plans) {
      plans.stream()
          .filter(p -> p.target == Target.IN_PROGRESS && p.lead != null)
          .limit(4)
          .forEach(
              p -> {
                acting(
                    "member-" + p.lead,
                    Role.MEMBER,
                    p.lead,
                    null,
                    () -> {
                      proposals.post(p.id, "请问这件提案目前办理到哪一步了？是否需要我补充相关材料？");
                      return null;
                    });
                long lead = unit(p.topic.leadUnit());
                asUnit(
                    lead,
                    () -> {
                      proposals.post(p.id, "我们已完成实地调研，正在与相关部门会商具体措施，近期将与您当面沟通。");
                      return null;
                    });
              });
    }

    // ---- helpers ----

    /** A day some days after {@code day}, never after today. */
    private LocalDate after(LocalDate day, int least, int most) {
      LocalDate next = day.plusDays(least + random.nextInt(most - least + 1));
      return next.isAfter(today) ? today : next;
    }

    private long unit(String ending) {
      return units.entrySet().stream()
          .filter(e -> e.getKey().endsWith(ending))
          .map(Map.Entry::getValue)
          .findFirst()
          .orElseGet(() -> units.values().iterator().next());
    }

    private <T> T asUnit(long unit, Supplier<T> work) {
      String name =
          units.entrySet().stream()
              .filter(e -> e.getValue() == unit)
              .map(e -> clerks.getOrDefault(e.getKey(), "unit-" + unit))
              .findFirst()
              .orElse("unit-" + unit);
      return acting(name, Role.UNIT, null, unit, work);
    }

    /** Runs the work as a person of the committee in a role: a member, or a unit's clerk. */
    private <T> T acting(String username, Role role, Long member, Long unit, Supplier<T> work) {
      return system.callAs(username, role, member, unit, committee, work);
    }

    private static ByteArrayInputStream letter() {
      return new ByteArrayInputStream(
          "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
    }
  }
}
