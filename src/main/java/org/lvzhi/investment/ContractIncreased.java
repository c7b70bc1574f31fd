package org.lvzhi.investment;

import java.time.LocalDate;

/**
 * A signed project's contract grew on a day; only {@code increase} counts (yuan, decimal strings).
 */
public record ContractIncreased(long projectId, String increase, String newTotal, LocalDate on) {}
