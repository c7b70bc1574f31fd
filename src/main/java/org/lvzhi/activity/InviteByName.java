package org.lvzhi.activity;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.lvzhi.organisation.Members;
import org.lvzhi.system.Texts;
import org.springframework.stereotype.Component;

/**
 * Invitations typed as names ("张伟、李娜"), as a clerk reads them off a notice; unclear names are
 * reported.
 */
@Component
public class InviteByName {

  private static final Pattern SEPARATORS = Pattern.compile("[、,，;；\\s]+");
  private final Members members;

  InviteByName(Members members) {
    this.members = members;
  }

  /** The members found, and a sentence for each name not found or shared by several members. */
  public record Found(List<Long> memberIds, List<String> problems) {}

  public Found resolve(String names) {
    List<Long> ids = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    for (String name : SEPARATORS.split(names.trim())) {
      if (name.isEmpty()) {
        continue;
      }
      List<Long> found = members.withName(name, null);
      if (found.size() == 1 && members.serving(new Members.Group.Individuals(found)).isEmpty()) {
        problems.add(Texts.of("invite.left", name));
      } else if (found.size() == 1) {
        ids.add(found.get(0));
      } else if (found.isEmpty()) {
        problems.add(Texts.of("invite.notFound", name));
      } else {
        problems.add(Texts.of("invite.ambiguous", found.size(), name));
      }
    }
    return new Found(ids, problems);
  }
}
