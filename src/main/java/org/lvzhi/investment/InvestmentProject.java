package org.lvzhi.investment;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.lvzhi.register.RecordValues;
import org.lvzhi.shared.Amount;

/**
 * An investment project (招商项目): the plain facts a clerk edits in the register, and the workflow
 * state only the stage moves change — stage, contract, whether it was signed through the platform —
 * with the version every write bumps. A register edit replaces the facts and keeps the workflow.
 */
final class InvestmentProject {

  /** What the register's form, import and API edit. */
  record Facts(
      String name,
      String investor,
      LocalDate leadOn,
      Industry industry,
      Amount totalInvestment,
      String content,
      String scaleNote,
      Long sourceActivityId,
      String follower,
      String location,
      List<Long> shepherds,
      Long responsibleUnitId,
      boolean keyProject,
      boolean inPlanning,
      String registeredCompany,
      String creditCode,
      Amount landedAmount,
      Amount capitalCommitted,
      Amount capitalArrived) {

    Facts {
      Objects.requireNonNull(name, "name");
      shepherds = shepherds == null ? List.of() : List.copyOf(shepherds);
    }

    /** The facts as the register engine parsed and checked them. */
    static Facts of(RecordValues values) {
      return new Facts(
          values.text("name"),
          values.text("investor"),
          values.date("leadOn"),
          values.choice("industry", Industry.class),
          values.amount("totalInvestment"),
          values.text("content"),
          values.text("scaleNote"),
          values.id("sourceActivityId"),
          values.text("follower"),
          values.text("location"),
          values.ids("shepherds"),
          values.id("responsibleUnitId"),
          values.flag("keyProject"),
          values.flag("inPlanning"),
          values.text("registeredCompany"),
          values.text("creditCode"),
          values.amount("landedAmount"),
          values.amount("capitalCommitted"),
          values.amount("capitalArrived"));
    }
  }

  private final long id;
  private Facts facts;
  private final ProjectStages stages;
  private boolean signedViaPlatform;
  private final int version;

  InvestmentProject(
      long id, Facts facts, ProjectStages stages, boolean signedViaPlatform, int version) {
    this.id = id;
    this.facts = Objects.requireNonNull(facts, "facts");
    this.stages = Objects.requireNonNull(stages, "stages");
    this.signedViaPlatform = signedViaPlatform;
    this.version = version;
  }

  /** A new lead, not yet stored (id 0). */
  static InvestmentProject newLead(Facts facts) {
    return new InvestmentProject(0, facts, ProjectStages.newLead(), false, 0);
  }

  /** A register edit: the facts change; stage, contract and signing stay the workflow's. */
  void edit(Facts changed) {
    this.facts = Objects.requireNonNull(changed, "facts");
  }

  ProjectStages.Move advance(
      Stage to, LocalDate on, String note, LocalDate today, LocalDate previous) {
    return stages.advance(to, on, note, today, previous);
  }

  ProjectStages.Move sign(
      Amount amount, LocalDate on, boolean viaPlatform, LocalDate today, LocalDate previous) {
    ProjectStages.Move move = stages.sign(amount, on, today, previous);
    signedViaPlatform = viaPlatform;
    return move;
  }

  ProjectStages.Move increaseContract(
      Amount newTotal, LocalDate on, LocalDate today, LocalDate previous) {
    return stages.increaseContract(newTotal, on, today, previous);
  }

  ProjectStages.Move suspend(String reason, LocalDate on, LocalDate today, LocalDate previous) {
    return stages.suspend(reason, on, today, previous);
  }

  ProjectStages.Move resume(LocalDate on, LocalDate today, LocalDate previous) {
    return stages.resume(on, today, previous);
  }

  long id() {
    return id;
  }

  Facts facts() {
    return facts;
  }

  String name() {
    return facts.name();
  }

  Stage stage() {
    return stages.stage();
  }

  Stage stoppedAt() {
    return stages.stoppedAt();
  }

  Amount contract() {
    return stages.contract();
  }

  ProjectStages stages() {
    return stages;
  }

  boolean signedViaPlatform() {
    return signedViaPlatform;
  }

  int version() {
    return version;
  }
}
