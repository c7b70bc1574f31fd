package org.lvzhi.register;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * Every field accepts no more than its column holds, so what does not fit is refused with 400 and
 * the field named before the database is reached (not a 409 from a database constraint). After the
 * migrations have run and before the first request, each register's columns are read from the
 * database: a text field's maximum length becomes at most its column's size, an integer field's
 * range at most what its column's type holds. Amounts are bounded by {@code Amount.COLUMN_MAX}
 * (every amount column is {@code NUMERIC(16, 2)}).
 */
@Component
class ColumnLimits implements SmartInitializingSingleton {

  private static final Logger log = LoggerFactory.getLogger(ColumnLimits.class);
  private final DataSource dataSource;
  private final List<RecordType> types;

  ColumnLimits(DataSource dataSource, List<RecordType> types) {
    this.dataSource = dataSource;
    this.types = types;
  }

  /** A column's type and size as the database reports it. */
  record Column(int sqlType, int size) {}

  @Override
  public void afterSingletonsInstantiated() {
    try (Connection connection = dataSource.getConnection()) {
      DatabaseMetaData meta = connection.getMetaData();
      for (RecordType type : types) {
        Map<String, Column> columns = columns(meta, type.table);
        for (Field field : type.fields) {
          if (field.written()) {
            Column column = columns.get(field.column.toLowerCase(Locale.ROOT));
            if (column != null) {
              apply(field, column);
            }
          }
        }
      }
    } catch (SQLException e) {
      log.warn("could not read the registers' column sizes: {}", e.getMessage());
    }
  }

  static void apply(Field field, Column column) {
    switch (field.type) {
      case TEXT, TEXTAREA, PHONE, CREDIT_CODE -> {
        if (isText(column.sqlType()) && column.size() > 0) {
          field.maxLength = Math.min(field.maxLength, column.size());
        }
      }
      case INTEGER -> {
        int min = Integer.MIN_VALUE;
        int max = Integer.MAX_VALUE;
        if (column.sqlType() == Types.SMALLINT) {
          min = Short.MIN_VALUE;
          max = Short.MAX_VALUE;
        } else if (column.sqlType() == Types.TINYINT) {
          min = Byte.MIN_VALUE;
          max = Byte.MAX_VALUE;
        }
        field.min = field.min == null ? min : Math.max(field.min, min);
        field.max = field.max == null ? max : Math.min(field.max, max);
      }
      default -> {}
    }
  }

  private static boolean isText(int sqlType) {
    return sqlType == Types.VARCHAR
        || sqlType == Types.CHAR
        || sqlType == Types.NVARCHAR
        || sqlType == Types.NCHAR;
  }

  private static Map<String, Column> columns(DatabaseMetaData meta, String table)
      throws SQLException {
    Map<String, Column> columns = new HashMap<>();
    for (String name : List.of(table, table.toUpperCase(Locale.ROOT))) {
      try (ResultSet rs = meta.getColumns(null, null, name, null)) {
        while (rs.next()) {
          String schema = rs.getString("TABLE_SCHEM");
          if (schema != null && schema.toLowerCase(Locale.ROOT).equals("information_schema")) {
            continue;
          }
          columns.putIfAbsent(
              rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT),
              new Column(rs.getInt("DATA_TYPE"), rs.getInt("COLUMN_SIZE")));
        }
      }
      if (!columns.isEmpty()) {
        break;
      }
    }
    return columns;
  }
}
