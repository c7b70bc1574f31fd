package org.lvzhi.it;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The application on a port of its own, on an in-memory H2 database in PostgreSQL mode (a fresh one
 * per Spring context), with the demo committee loaded and the administrator's password given. Every
 * class carrying exactly this annotation shares one cached context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "lvzhi.admin.password=" + IntegrationTestSupport.ADMIN_PASSWORD,
      "lvzhi.demo=true",
      "lvzhi.investment.keeping-committees=" + IntegrationTestSupport.ECONOMY_COMMITTEE,
      "spring.datasource.url=${it.h2.url}",
      "spring.datasource.username=sa",
      "spring.datasource.password=",
      "spring.datasource.hikari.maximum-pool-size=6",
      "server.forward-headers-strategy=native"
    })
@interface OnH2 {}
