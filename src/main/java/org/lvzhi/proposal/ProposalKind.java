package org.lvzhi.proposal;

/** Who puts a proposal forward. */
public enum ProposalKind {
  /** One member (个人提案). */
  INDIVIDUAL,
  /** A lead author with co-signers (联名提案), each of whom confirms. */
  JOINT,
  /** In the name of a sector, a special committee or a party group (集体提案). */
  COLLECTIVE
}
