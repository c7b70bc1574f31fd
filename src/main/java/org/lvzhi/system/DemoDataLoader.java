package org.lvzhi.system;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

@Component
@Order(100)
@ConditionalOnBooleanProperty("lvzhi.demo")
class DemoDataLoader implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);
  private final List<DemoData> contributors;

  DemoDataLoader(List<DemoData> contributors) {
    this.contributors = contributors;
  }

  @Override
  public void run(ApplicationArguments args) {
    log.info("lvzhi.demo=true: loading the demo committee ({} parts)", contributors.size());
    for (DemoData part : contributors) {
      long start = System.nanoTime();
      part.load();
      log.info(
          "demo part {} loaded in {} ms",
          part.getClass().getSimpleName(),
          (System.nanoTime() - start) / 1_000_000);
    }
  }
}
