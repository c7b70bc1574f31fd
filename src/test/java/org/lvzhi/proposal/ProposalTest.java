package org.lvzhi.proposal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.lvzhi.proposal.HandlingCodes.ContactManner;
import org.lvzhi.proposal.HandlingCodes.Rating;
import org.lvzhi.proposal.HandlingCodes.ReplyGrade;
import org.lvzhi.proposal.HandlingCodes.UnitState;
import org.lvzhi.system.IllegalMoveException;
import org.lvzhi.system.InvalidInputException;

/** The proposal's moves from every state: what each allows, what it refuses and why. */
class ProposalTest {

  static final LocalDate TODAY = LocalDate.of(2023, 6, 15);
  static final long LEAD = 1;
  static final long COSIGNER = 2;
  static final long UNIT = 10;
  static final long CO_UNIT = 11;

  static ProposalText text() {
    return new ProposalText("关于加快县域冷链物流体系建设的建议", "我县果蔬产量大，冷库不足。", "损耗高。", "建设产地冷库。", "县商务局");
  }

  static Proposal individual() {
    Proposal p =
        Proposal.draft(
            new Proposal.Authors(ProposalKind.INDIVIDUAL, LEAD, List.of(), null, null, null),
            true,
            5L,
            text(),
            "member",
            TODAY);
    p.id = 100L;
    return p;
  }

  static Proposal joint() {
    Proposal p =
        Proposal.draft(
            new Proposal.Authors(ProposalKind.JOINT, LEAD, List.of(COSIGNER), null, null, null),
            true,
            5L,
            text(),
            "member",
            TODAY);
    p.id = 101L;
    return p;
  }

  /** A proposal brought to {@code status} by the legal moves. */
  static Proposal in(ProposalStatus status) {
    Proposal p = status == ProposalStatus.AWAITING_COSIGNERS ? joint() : individual();
    switch (status) {
      case DRAFT -> {}
      case AWAITING_COSIGNERS -> p.submit(null, TODAY);
      case SUBMITTED -> p.submit(null, TODAY);
      case RETURNED -> {
        p.submit(null, TODAY);
        p.returnForRevision("请补充数据", null, TODAY);
      }
      case REJECTED_AS_SUGGESTION -> {
        p.submit(null, TODAY);
        p.reject("ACADEMIC", null, null, TODAY);
      }
      case WITHDRAWN -> {
        p.submit(null, TODAY);
        p.withdraw(null, null, TODAY);
      }
      case MERGED -> {
        p.submit(null, TODAY);
        Proposal survivor = individual();
        survivor.id = 200L;
        survivor.submit(null, TODAY);
        p.mergeInto(survivor, null, TODAY);
      }
      default -> {
        p.submit(null, TODAY);
        p.accept(5L, 7, null, TODAY);
        if (status == ProposalStatus.ACCEPTED) {
          break;
        }
        p.assign(UNIT, List.of(CO_UNIT), TODAY.plusMonths(3), null, TODAY);
        if (status == ProposalStatus.ASSIGNED) {
          break;
        }
        p.acknowledge(UNIT, null, TODAY);
        if (status == ProposalStatus.IN_PROGRESS) {
          break;
        }
        p.recordContact(UNIT, ContactManner.PHONE, "电话沟通", null, TODAY);
        p.reply(UNIT, ReplyGrade.A, "已列入计划", 9L, null, TODAY);
        if (status == ProposalStatus.REPLIED) {
          break;
        }
        p.passReply(null, TODAY);
        if (status == ProposalStatus.AWAITING_FEEDBACK) {
          break;
        }
        p.rate(Rating.SATISFIED, Rating.SATISFIED, null, 1, null, TODAY);
      }
    }
    assertThat(p.status()).isEqualTo(status);
    return p;
  }

  /** Each move, tried on a proposal of any state. */
  static final Map<String, Consumer<Proposal>> MOVES =
      Map.ofEntries(
          Map.entry("submit", p -> p.submit(null, TODAY)),
          Map.entry("withdraw", p -> p.withdraw(null, null, TODAY)),
          Map.entry("accept", p -> p.accept(5L, 9, null, TODAY)),
          Map.entry("reject", p -> p.reject("ACADEMIC", null, null, TODAY)),
          Map.entry("return", p -> p.returnForRevision("改", null, TODAY)),
          Map.entry("assign", p -> p.assign(UNIT, List.of(), TODAY.plusMonths(3), null, TODAY)),
          Map.entry("acknowledge", p -> p.acknowledge(UNIT, null, TODAY)),
          Map.entry("reply", p -> p.reply(UNIT, ReplyGrade.B, "答复", 9L, null, TODAY)),
          Map.entry("pass", p -> p.passReply(null, TODAY)),
          Map.entry("rebut", p -> p.rebutReply("不具体", null, TODAY)),
          Map.entry("rate", p -> p.rate(Rating.SATISFIED, Rating.SATISFIED, null, 1, null, TODAY)),
          Map.entry("urge", p -> p.urge(TODAY)));

  /** Where each move is legal. */
  static final Map<String, List<ProposalStatus>> LEGAL =
      Map.ofEntries(
          Map.entry("submit", List.of(ProposalStatus.DRAFT, ProposalStatus.RETURNED)),
          Map.entry(
              "withdraw",
              List.of(
                  ProposalStatus.AWAITING_COSIGNERS,
                  ProposalStatus.SUBMITTED,
                  ProposalStatus.RETURNED)),
          Map.entry("accept", List.of(ProposalStatus.SUBMITTED)),
          Map.entry("reject", List.of(ProposalStatus.SUBMITTED)),
          Map.entry("return", List.of(ProposalStatus.SUBMITTED)),
          Map.entry(
              "assign",
              List.of(
                  ProposalStatus.ACCEPTED, ProposalStatus.ASSIGNED, ProposalStatus.IN_PROGRESS)),
          Map.entry("acknowledge", List.of(ProposalStatus.ASSIGNED)),
          Map.entry("reply", List.of(ProposalStatus.IN_PROGRESS)),
          Map.entry("pass", List.of(ProposalStatus.REPLIED)),
          Map.entry("rebut", List.of(ProposalStatus.REPLIED)),
          Map.entry("rate", List.of(ProposalStatus.AWAITING_FEEDBACK)),
          Map.entry("urge", List.of(ProposalStatus.ASSIGNED, ProposalStatus.IN_PROGRESS)));

  @ParameterizedTest
  @EnumSource(ProposalStatus.class)
  void every_move_is_legal_exactly_where_the_workflow_allows_it(ProposalStatus status) {
    Map<String, Boolean> outcome = new java.util.TreeMap<>();
    Map<String, Boolean> expected = new java.util.TreeMap<>();
    for (var move : MOVES.entrySet()) {
      Proposal p = in(status);
      if (move.getKey().equals("reply") && status == ProposalStatus.IN_PROGRESS) {
        p.recordContact(UNIT, ContactManner.MEETING, null, null, TODAY);
      }
      ProposalStatus before = p.status();
      boolean allowed;
      try {
        move.getValue().accept(p);
        allowed = true;
      } catch (IllegalMoveException refused) {
        allowed = false;
        assertThat(p.status()).as("a refused move changes nothing").isEqualTo(before);
      }
      outcome.put(move.getKey(), allowed);
      expected.put(move.getKey(), LEGAL.get(move.getKey()).contains(status));
    }
    assertThat(outcome).as("moves from " + status).isEqualTo(expected);
  }

  @Test
  void a_joint_proposal_counts_as_submitted_only_once_every_cosigner_confirmed() {
    Proposal p = joint();
    p.submit(null, TODAY);
    assertThat(p.status()).isEqualTo(ProposalStatus.AWAITING_COSIGNERS);
    assertThatThrownBy(() -> p.accept(5L, 1, null, TODAY))
        .isInstanceOfSatisfying(
            IllegalMoveException.class,
            e -> assertThat(e.messageKey()).isEqualTo("proposal.move.reviewAwaitingCosigners"));
    assertThatThrownBy(() -> p.confirm(LEAD, TODAY)).isInstanceOf(IllegalMoveException.class);
    p.confirm(COSIGNER, TODAY.plusDays(0));
    assertThat(p.status()).isEqualTo(ProposalStatus.SUBMITTED);
    assertThat(p.cosigners()).allMatch(Cosigner::confirmed);
    assertThatThrownBy(() -> p.confirm(COSIGNER, TODAY)).isInstanceOf(IllegalMoveException.class);
  }

  @Test
  void a_cosigner_who_declines_leaves_and_the_last_one_leaving_sends_it_back_to_draft() {
    Proposal p = joint();
    p.submit(null, TODAY);
    p.decline(COSIGNER, TODAY);
    assertThat(p.cosigners()).isEmpty();
    assertThat(p.status()).isEqualTo(ProposalStatus.DRAFT);
  }

  @Test
  void submitting_needs_the_situation_and_suggestions_and_a_joint_one_a_cosigner() {
    Proposal p =
        Proposal.draft(
            new Proposal.Authors(ProposalKind.JOINT, LEAD, List.of(), null, null, null),
            true,
            5L,
            new ProposalText("关于某事", null, null, " ", null),
            "member",
            TODAY);
    assertThatThrownBy(() -> p.submit(null, TODAY))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.fieldErrors())
                    .containsOnlyKeys("situation", "suggestions", "cosigners"));
    assertThat(p.status()).isEqualTo(ProposalStatus.DRAFT);
  }

  @Test
  void a_draft_refuses_a_lead_author_as_cosigner_and_cosigners_on_an_individual_one() {
    assertThatThrownBy(
            () ->
                Proposal.draft(
                    new Proposal.Authors(
                        ProposalKind.INDIVIDUAL, LEAD, List.of(LEAD), null, null, null),
                    true,
                    5L,
                    text(),
                    "member",
                    TODAY))
        .isInstanceOfSatisfying(
            InvalidInputException.class, e -> assertThat(e.fieldErrors()).containsKey("cosigners"));
    assertThatThrownBy(
            () ->
                Proposal.draft(
                    new Proposal.Authors(ProposalKind.COLLECTIVE, null, List.of(), " ", null, null),
                    true,
                    5L,
                    text(),
                    "office",
                    TODAY))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.fieldErrors()).containsKey("collectiveBody"));
  }

  @Test
  void the_unit_must_contact_the_proposer_before_it_replies_and_attach_its_letter() {
    Proposal p = in(ProposalStatus.IN_PROGRESS);
    assertThatThrownBy(() -> p.reply(UNIT, ReplyGrade.A, "答复", 9L, null, TODAY))
        .isInstanceOfSatisfying(
            IllegalMoveException.class,
            e -> assertThat(e.messageKey()).isEqualTo("proposal.move.replyBeforeContact"));
    p.recordContact(UNIT, ContactManner.VISIT, "上门", null, TODAY);
    assertThatThrownBy(() -> p.reply(UNIT, ReplyGrade.A, "答复", null, null, TODAY))
        .isInstanceOfSatisfying(
            InvalidInputException.class, e -> assertThat(e.fieldErrors()).containsKey("letter"));
    assertThatThrownBy(() -> p.reply(CO_UNIT, ReplyGrade.A, "答复", 9L, null, TODAY))
        .isInstanceOf(IllegalMoveException.class);
    p.reply(UNIT, ReplyGrade.A, "答复", 9L, null, TODAY);
    assertThat(p.status()).isEqualTo(ProposalStatus.REPLIED);
    assertThat(p.repliedOnTime()).isTrue();
  }

  @Test
  void a_co_unit_sends_its_opinion_once_acknowledged_but_cannot_reply() {
    Proposal p = in(ProposalStatus.IN_PROGRESS);
    assertThatThrownBy(() -> p.sendOpinion(CO_UNIT, "同意", null, TODAY))
        .isInstanceOf(IllegalMoveException.class);
    p.acknowledge(CO_UNIT, null, TODAY);
    p.sendOpinion(CO_UNIT, "我局配合做好用地保障。", null, TODAY);
    assertThat(p.unit(CO_UNIT).orElseThrow().opinion()).contains("用地保障");
    assertThatThrownBy(() -> p.sendOpinion(UNIT, "x", null, TODAY))
        .isInstanceOf(IllegalMoveException.class);
  }

  @Test
  void a_unit_that_asks_for_a_return_is_replaced_when_the_office_assigns_again() {
    Proposal p = in(ProposalStatus.ASSIGNED);
    p.askReturn(UNIT, "不属于本单位职责", TODAY);
    assertThat(p.unit(UNIT).orElseThrow().state()).isEqualTo(UnitState.RETURN_REQUESTED);
    assertThatThrownBy(() -> p.acknowledge(UNIT, null, TODAY))
        .isInstanceOf(IllegalMoveException.class);
    p.assign(12L, List.of(CO_UNIT), TODAY.plusMonths(3), null, TODAY);
    assertThat(p.unit(UNIT)).isEmpty();
    assertThat(p.leadUnit().orElseThrow().unitId()).isEqualTo(12L);
    assertThat(p.status()).isEqualTo(ProposalStatus.ASSIGNED);
  }

  @Test
  void an_office_that_refuses_the_return_leaves_the_unit_to_handle_it() {
    Proposal p = in(ProposalStatus.ASSIGNED);
    p.askReturn(UNIT, "不属于本单位职责", TODAY);
    p.refuseReturn(UNIT);
    p.acknowledge(UNIT, null, TODAY);
    assertThat(p.status()).isEqualTo(ProposalStatus.IN_PROGRESS);
  }

  @Test
  void an_extension_moves_the_due_date_only_when_granted_and_never_past_the_longest() {
    Proposal p = in(ProposalStatus.IN_PROGRESS);
    LocalDate due = p.dueOn();
    LocalDate latest = p.assignedOn().plusMonths(6);
    assertThatThrownBy(() -> p.askExtension(UNIT, latest.plusDays(1), "需要论证", latest, TODAY))
        .isInstanceOfSatisfying(
            InvalidInputException.class, e -> assertThat(e.fieldErrors()).containsKey("until"));
    assertThatThrownBy(() -> p.askExtension(UNIT, due, "需要论证", latest, TODAY))
        .isInstanceOf(InvalidInputException.class);
    p.askExtension(UNIT, due.plusMonths(1), "需要论证", latest, TODAY);
    p.settleExtension(false);
    assertThat(p.dueOn()).isEqualTo(due);
    p.askExtension(UNIT, due.plusMonths(1), "需要论证", latest, TODAY);
    p.settleExtension(true);
    assertThat(p.dueOn()).isEqualTo(due.plusMonths(1));
    assertThatThrownBy(() -> p.settleExtension(true)).isInstanceOf(IllegalMoveException.class);
  }

  @Test
  void a_dissatisfied_rating_needs_a_reason_and_sends_it_back_once_then_closes() {
    Proposal p = in(ProposalStatus.AWAITING_FEEDBACK);
    assertThatThrownBy(() -> p.rate(Rating.SATISFIED, Rating.DISSATISFIED, " ", 1, null, TODAY))
        .isInstanceOfSatisfying(
            InvalidInputException.class, e -> assertThat(e.fieldErrors()).containsKey("reason"));
    p.rate(Rating.SATISFIED, Rating.DISSATISFIED, "没有落实", 1, null, TODAY);
    assertThat(p.status()).isEqualTo(ProposalStatus.IN_PROGRESS);
    assertThat(p.rehandled()).isEqualTo(1);
    p.reply(UNIT, ReplyGrade.B, "已再次办理", 9L, null, TODAY);
    p.passReply(null, TODAY);
    p.rate(Rating.BASICALLY_SATISFIED, Rating.DISSATISFIED, "仍未解决", 1, null, TODAY);
    assertThat(p.status()).isEqualTo(ProposalStatus.CLOSED);
    assertThat(p.ratingResult()).isEqualTo(Rating.DISSATISFIED);
  }

  @Test
  void a_rebutted_reply_goes_back_to_the_unit() {
    Proposal p = in(ProposalStatus.REPLIED);
    p.rebutReply("答复过于笼统", null, TODAY);
    assertThat(p.status()).isEqualTo(ProposalStatus.IN_PROGRESS);
    assertThat(p.rebutReason()).isEqualTo("答复过于笼统");
  }

  @Test
  void overdue_means_past_the_due_date_and_not_yet_replied() {
    Proposal p = in(ProposalStatus.IN_PROGRESS);
    assertThat(p.overdueOn(p.dueOn())).isFalse();
    assertThat(p.overdueOn(p.dueOn().plusDays(1))).isTrue();
    Proposal replied = in(ProposalStatus.REPLIED);
    assertThat(replied.overdueOn(replied.dueOn().plusDays(1))).isFalse();
  }

  @Test
  void moves_are_dated_never_in_the_future_nor_before_the_step_they_follow() {
    Proposal p = in(ProposalStatus.SUBMITTED);
    assertThatThrownBy(() -> p.accept(5L, 1, TODAY.plusDays(1), TODAY))
        .isInstanceOfSatisfying(
            InvalidInputException.class, e -> assertThat(e.fieldErrors()).containsKey("on"));
    assertThatThrownBy(() -> p.accept(5L, 1, TODAY.minusDays(1), TODAY))
        .isInstanceOf(InvalidInputException.class);
    assertThat(p.status()).isEqualTo(ProposalStatus.SUBMITTED);
    assertThat(p.number()).isNull();
  }

  @Test
  void a_merged_proposal_keeps_its_number_and_cannot_merge_into_a_finished_one() {
    Proposal p = in(ProposalStatus.ACCEPTED);
    Proposal closed = in(ProposalStatus.CLOSED);
    closed.id = 300L;
    assertThatThrownBy(() -> p.mergeInto(closed, null, TODAY))
        .isInstanceOf(IllegalMoveException.class);
    assertThatThrownBy(() -> p.mergeInto(p, null, TODAY)).isInstanceOf(IllegalMoveException.class);
    Proposal survivor = in(ProposalStatus.IN_PROGRESS);
    survivor.id = 301L;
    p.mergeInto(survivor, null, TODAY);
    assertThat(p.status()).isEqualTo(ProposalStatus.MERGED);
    assertThat(p.number()).isEqualTo(7);
    assertThat(p.mergedIntoId()).isEqualTo(301L);
  }

  @Test
  void statuses_name_what_counts_as_accepted() {
    Map<ProposalStatus, Boolean> accepted = new EnumMap<>(ProposalStatus.class);
    for (ProposalStatus s : ProposalStatus.values()) {
      accepted.put(s, s.accepted());
    }
    assertThat(accepted)
        .containsEntry(ProposalStatus.SUBMITTED, false)
        .containsEntry(ProposalStatus.ACCEPTED, true)
        .containsEntry(ProposalStatus.CLOSED, true)
        .containsEntry(ProposalStatus.REJECTED_AS_SUGGESTION, false);
  }
}
