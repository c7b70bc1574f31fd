package org.lvzhi.proposal;

import java.time.LocalDate;
import org.lvzhi.proposal.HandlingCodes.ContactManner;
import org.lvzhi.proposal.HandlingCodes.UnitState;

/**
 * One unit a proposal is assigned to: the lead unit (主办) or a co-unit (会办), with its own steps.
 * Part of {@link Proposal}, which alone changes it.
 */
public final class HandlingUnit {

  private final long unitId;
  private boolean lead;
  private UnitState state;
  private LocalDate acknowledgedOn;
  private String returnReason;
  private LocalDate extensionUntil;
  private String extensionReason;
  private LocalDate contactedOn;
  private ContactManner contactManner;
  private String contactNote;
  private String opinion;
  private LocalDate opinionOn;

  HandlingUnit(
      long unitId,
      boolean lead,
      UnitState state,
      LocalDate acknowledgedOn,
      String returnReason,
      LocalDate extensionUntil,
      String extensionReason,
      LocalDate contactedOn,
      ContactManner contactManner,
      String contactNote,
      String opinion,
      LocalDate opinionOn) {
    this.unitId = unitId;
    this.lead = lead;
    this.state = state;
    this.acknowledgedOn = acknowledgedOn;
    this.returnReason = returnReason;
    this.extensionUntil = extensionUntil;
    this.extensionReason = extensionReason;
    this.contactedOn = contactedOn;
    this.contactManner = contactManner;
    this.contactNote = contactNote;
    this.opinion = opinion;
    this.opinionOn = opinionOn;
  }

  static HandlingUnit assigned(long unitId, boolean lead) {
    return new HandlingUnit(
        unitId, lead, UnitState.ASSIGNED, null, null, null, null, null, null, null, null, null);
  }

  void lead(boolean lead) {
    this.lead = lead;
  }

  void acknowledge(LocalDate on) {
    state = UnitState.ACKNOWLEDGED;
    acknowledgedOn = on;
    returnReason = null;
  }

  void askReturn(String reason) {
    state = UnitState.RETURN_REQUESTED;
    returnReason = reason;
  }

  void keep() {
    state = UnitState.ASSIGNED;
  }

  void askExtension(LocalDate until, String reason) {
    extensionUntil = until;
    extensionReason = reason;
  }

  void settleExtension() {
    extensionUntil = null;
    extensionReason = null;
  }

  void contacted(LocalDate on, ContactManner manner, String note) {
    contactedOn = on;
    contactManner = manner;
    contactNote = note;
  }

  void opinion(String text, LocalDate on) {
    opinion = text;
    opinionOn = on;
  }

  public long unitId() {
    return unitId;
  }

  public boolean lead() {
    return lead;
  }

  public UnitState state() {
    return state;
  }

  public LocalDate acknowledgedOn() {
    return acknowledgedOn;
  }

  public String returnReason() {
    return returnReason;
  }

  /** The due date the unit asks for, while its request waits for the office. */
  public LocalDate extensionUntil() {
    return extensionUntil;
  }

  public String extensionReason() {
    return extensionReason;
  }

  public boolean extensionRequested() {
    return extensionUntil != null;
  }

  public LocalDate contactedOn() {
    return contactedOn;
  }

  public ContactManner contactManner() {
    return contactManner;
  }

  public String contactNote() {
    return contactNote;
  }

  public String opinion() {
    return opinion;
  }

  public LocalDate opinionOn() {
    return opinionOn;
  }
}
