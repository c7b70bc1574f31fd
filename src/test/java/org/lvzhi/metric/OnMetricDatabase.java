package org.lvzhi.metric;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

/**
 * The application with the demo committee on an in-memory database of the metric tests' own. They
 * add committees and hang the demo committee below a new one, so they must not share a context (and
 * a database) with tests that assume one committee: the database name keeps this one apart. Every
 * class carrying this annotation shares that one context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
    properties = {
      "spring.datasource.url=jdbc:h2:mem:metric-committees;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
      "lvzhi.admin.password=" + OnMetricDatabase.ADMIN_PASSWORD,
      "lvzhi.demo=true"
    })
@AutoConfigureMockMvc
@interface OnMetricDatabase {

  String ADMIN_PASSWORD = "Yunxi-Pass-2026!";

  /** The committee the demo fills. */
  String DEMO_COMMITTEE = "政协云溪县委员会";
}
