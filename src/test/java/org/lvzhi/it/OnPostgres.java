package org.lvzhi.it;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * As {@link OnH2}, but on a real PostgreSQL server ({@link EmbeddedPostgresHolder}, one per JVM, a
 * fresh database per Spring context). Every class carrying exactly this annotation shares one
 * cached context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "lvzhi.admin.password=" + IntegrationTestSupport.ADMIN_PASSWORD,
      "lvzhi.demo=true",
      "lvzhi.investment.keeping-committees=" + IntegrationTestSupport.ECONOMY_COMMITTEE,
      "spring.datasource.url=${it.postgres.url}",
      "spring.datasource.username=" + EmbeddedPostgresHolder.USER,
      "spring.datasource.password=postgres",
      "spring.datasource.hikari.maximum-pool-size=6",
      "server.forward-headers-strategy=native"
    })
@interface OnPostgres {}
