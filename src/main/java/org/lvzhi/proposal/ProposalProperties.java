package org.lvzhi.proposal;

import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code lvzhi.proposal.*}: how long units have to reply from assignment ({@code reply-within},
 * three months by default), the longest an extension may reach from assignment ({@code
 * longest-reply}, six months), and how many times a dissatisfied proposer may send one back for
 * re-handling ({@code max-rehandles}).
 */
@ConfigurationProperties("lvzhi.proposal")
record ProposalProperties(
    @DefaultValue("P3M") Period replyWithin,
    @DefaultValue("P6M") Period longestReply,
    @DefaultValue("1") int maxRehandles) {}
