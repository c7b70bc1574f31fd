package org.lvzhi.proposal;

import java.util.UUID;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** {@link SimilarityIndexScenarios} on H2 in PostgreSQL mode. */
class SimilarityIndexH2Test extends SimilarityIndexScenarios {

  @Override
  DataSource dataSource() {
    return new DriverManagerDataSource(
        "jdbc:h2:mem:similar-"
            + UUID.randomUUID()
            + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
        "sa",
        "");
  }
}
