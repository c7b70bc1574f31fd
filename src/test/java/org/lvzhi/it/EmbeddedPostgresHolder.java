package org.lvzhi.it;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One real PostgreSQL server per test JVM (zonky embedded binaries, no Docker). Started on first
 * use and stopped by its own shutdown hook; every Spring context that asks gets a fresh database on
 * it.
 */
final class EmbeddedPostgresHolder {

  static final String USER = "postgres";
  private static final AtomicInteger DATABASES = new AtomicInteger();
  private static EmbeddedPostgres server;

  private EmbeddedPostgresHolder() {}

  private static synchronized EmbeddedPostgres server() {
    if (server == null) {
      try {
        server = EmbeddedPostgres.builder().setRegisterShutdownHook(true).start();
      } catch (IOException e) {
        throw new UncheckedIOException("could not start the embedded PostgreSQL server", e);
      }
    }
    return server;
  }

  /** Creates an empty database and answers its JDBC URL. */
  static String newDatabase() {
    EmbeddedPostgres pg = server();
    String name = "lvzhi_it_" + DATABASES.incrementAndGet();
    try (Connection connection = pg.getPostgresDatabase().getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute("create database " + name + " encoding 'UTF8' template template0");
    } catch (SQLException e) {
      throw new IllegalStateException("could not create database " + name, e);
    }
    return pg.getJdbcUrl(USER, name);
  }
}
