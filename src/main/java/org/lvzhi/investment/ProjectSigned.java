package org.lvzhi.investment;

import java.time.LocalDate;

/**
 * A project was signed on a day: {@code countedAmount} is what the signing counts, in yuan as a
 * decimal string ("12000000.00"); {@code first} is true for the first contract, which is the one a
 * project counts once (a later, larger contract is {@link ContractIncreased}).
 */
public record ProjectSigned(
    long projectId, String countedAmount, LocalDate on, boolean first, boolean viaPlatform) {}
