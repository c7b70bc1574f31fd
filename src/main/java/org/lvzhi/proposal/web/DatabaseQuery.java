package org.lvzhi.proposal.web;

import java.util.HashMap;
import java.util.Map;
import org.lvzhi.proposal.ProposalDatabase;
import org.lvzhi.system.InvalidInputException;
import org.lvzhi.system.Texts;

/**
 * The proposal database's parameters as typed (page and API alike); refuses what is not a number.
 */
final class DatabaseQuery {

  private DatabaseQuery() {}

  static ProposalDatabase.Query of(String q, String year, String unit, String grade, String page) {
    Map<String, String> problems = new HashMap<>();
    Long parsedYear = number("year", "search.badYear", year, problems);
    Long parsedUnit = number("unit", "search.badUnit", unit, problems);
    Long parsedPage = number("page", "search.badPage", page, problems);
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return new ProposalDatabase.Query(
        q == null ? "" : q.strip(),
        parsedYear == null
            ? null
            : (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, parsedYear)),
        parsedUnit,
        grade == null || grade.isBlank() ? null : grade.strip(),
        parsedPage == null
            ? 1
            : (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, parsedPage)));
  }

  private static Long number(String name, String key, String value, Map<String, String> problems) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Long.parseLong(value.strip());
    } catch (NumberFormatException e) {
      problems.put(name, Texts.of(key));
      return null;
    }
  }
}
