package org.lvzhi.activity;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.lvzhi.register.Registers;
import org.lvzhi.system.CurrentUser;
import org.lvzhi.system.InvalidInputException;
import org.lvzhi.system.LvzhiUser;
import org.lvzhi.system.SystemActor;
import org.lvzhi.system.Texts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Activities recorded for a person whom another module has authorised to record them, though the
 * person does not keep the activities register (a supervision squad's leader records the squad's
 * visit). The activity goes through the register's own create — the same fields, rules, writer
 * ({@link ActivityStore}) and history, recorded under the person's name — in the caller's
 * transaction, so the caller's own records and the activity commit or fail together. The type is
 * the working committee's first activity type of the category asked for.
 */
@Service
public class AuthorisedActivities {

  private final Registers registers;
  private final SystemActor systemActor;
  private final JdbcClient jdbc;

  AuthorisedActivities(Registers registers, SystemActor systemActor, JdbcClient jdbc) {
    this.registers = registers;
    this.systemActor = systemActor;
    this.jdbc = jdbc;
  }

  /**
   * Records an activity of {@code category} with the register's fields as people give them ({@code
   * title}, {@code startsAt}, {@code endsAt}, {@code organiser}, …; {@code typeId} is set here),
   * for the signed-in person. The caller must already have decided the person may.
   *
   * @return the new activity's id
   */
  @Transactional
  public long recordFor(ActivityCodes.Category category, Map<String, List<String>> input) {
    LvzhiUser person = CurrentUser.require();
    Long committee = person.workingCommitteeId();
    List<Long> types =
        jdbc.sql(
                "select id from activity_type where category = :category and committee_id = :c"
                    + " order by sort_order, id")
            .param("category", category.name())
            .param("c", committee)
            .query(Long.class)
            .list();
    if (types.isEmpty()) {
      throw new InvalidInputException(
          Map.of("typeId", Texts.of("activity.noTypeOfCategory", category.name())));
    }
    Map<String, List<String>> values = new HashMap<>(input);
    values.put("typeId", List.of(types.get(0).toString()));
    return systemActor.callOnBehalfOf(person, () -> registers.create("activities", values).id());
  }

  /** The activity's title and date as the activity module keeps them, for the caller's pages. */
  @Transactional(readOnly = true)
  public boolean exists(long activityId) {
    return jdbc.sql(
                "select count(*) from activity where id = :id"
                    + CurrentUser.inWorkingCommittee("committee_id"))
            .param("id", activityId)
            .query(Long.class)
            .single()
        > 0;
  }
}
