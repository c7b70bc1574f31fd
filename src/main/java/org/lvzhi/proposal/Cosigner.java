package org.lvzhi.proposal;

import java.time.LocalDate;

/** A co-signer of a joint proposal; counts once confirmed. */
public record Cosigner(long memberId, LocalDate confirmedOn) {

  public boolean confirmed() {
    return confirmedOn != null;
  }
}
