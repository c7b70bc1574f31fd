package org.lvzhi.target;

import java.math.BigDecimal;

/** A target's figures as kept at a month's end ({@code 2023-05}): actual, completion, elapsed. */
public record TrendPoint(
    String month, BigDecimal actual, BigDecimal completion, BigDecimal elapsed) {}
