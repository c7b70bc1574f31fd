/**
 * Proposals (提案) from drafting to closure: a member's (or a group's) proposal is submitted,
 * reviewed by the office (accepted and numbered, not accepted, returned, merged), assigned to a
 * lead unit and co-units with a due date, handled and replied to by the unit, checked by the office
 * and rated by the proposer, who may send it back for re-handling.
 *
 * <p>A proposal is a typed aggregate ({@code Proposal}) whose one store ({@code ProposalStore})
 * writes its tables; the register is its read model (ADR 6). Moves publish the events of this
 * package; {@code web} holds the pages, panels and API.
 */
package org.lvzhi.proposal;
