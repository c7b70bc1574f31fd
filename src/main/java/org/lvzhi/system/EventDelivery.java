package org.lvzhi.system;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.SyncTaskExecutor;
import org.springframework.core.task.TaskExecutor;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * How events reach the modules that react to them (ADR 6). A move stores its events with it; after
 * it commits, each {@code @ApplicationModuleListener} runs in its own transaction on the task
 * executor, so a failing listener never undoes the move. A publication whose listener failed, or
 * that a stopped process left behind, is resubmitted here every {@code lvzhi.events.retry-every}
 * once it is older than {@code lvzhi.events.retry-after}, and on every start-up.
 */
@Configuration
@EnableAsync
class EventDelivery {

  private static final Logger log = LoggerFactory.getLogger(EventDelivery.class);
  private final IncompleteEventPublications incomplete;
  private final Duration retryAfter;

  EventDelivery(
      IncompleteEventPublications incomplete,
      @Value("${lvzhi.events.retry-after:1m}") Duration retryAfter) {
    this.incomplete = incomplete;
    this.retryAfter = retryAfter;
  }

  @Scheduled(
      fixedDelayString = "${lvzhi.events.retry-every:1m}",
      initialDelayString = "${lvzhi.events.retry-every:1m}")
  void resubmitIncomplete() {
    try {
      incomplete.resubmitIncompletePublicationsOlderThan(retryAfter);
    } catch (RuntimeException e) {
      log.warn("resubmitting incomplete event publications failed; trying again later", e);
    }
  }

  /**
   * Listeners run on the thread that committed the move, right after the commit (still in their own
   * transaction, their failures still caught and retried): tests read what listeners did without
   * waiting.
   */
  @Bean(name = "taskExecutor")
  @ConditionalOnProperty(name = "lvzhi.events.deliver-inline", havingValue = "true")
  TaskExecutor inlineDelivery() {
    return new SyncTaskExecutor();
  }
}
