package org.lvzhi.proposal;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;

/** {@link SimilarityIndexScenarios} on a real PostgreSQL server of its own. */
class SimilarityIndexPostgresTest extends SimilarityIndexScenarios {

  private EmbeddedPostgres server;

  @Override
  DataSource dataSource() {
    try {
      server = EmbeddedPostgres.builder().start();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return server.getPostgresDatabase();
  }

  @AfterAll
  void stop() throws IOException {
    server.close();
  }
}
