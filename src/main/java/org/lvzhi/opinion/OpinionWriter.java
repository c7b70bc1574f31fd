package org.lvzhi.opinion;

import java.util.Map;
import org.lvzhi.register.RecordValues;
import org.lvzhi.register.RecordWriter;
import org.lvzhi.system.CurrentUser;
import org.lvzhi.system.DataScope;
import org.lvzhi.system.InvalidInputException;
import org.lvzhi.system.RecordNotFoundException;
import org.lvzhi.system.Texts;
import org.springframework.stereotype.Component;

/**
 * What the register of reports may write, handed to the report's store: a new report (saved, not
 * yet submitted; a member writes their own as the lead author) and changes to or deletion of a
 * report still saved. Once submitted, the text changes only through the office's editing move.
 */
@Component
class OpinionWriter implements RecordWriter {

  private final OpinionStore store;

  OpinionWriter(OpinionStore store) {
    this.store = store;
  }

  @Override
  public long create(RecordValues values) {
    long lead = requireOwnLead(values);
    return store.insert(
        values.text("title"),
        values.text("content"),
        lead,
        values.ids("coAuthors"),
        values.id("sectorId"));
  }

  @Override
  public void update(long id, int version, RecordValues values) {
    load(id).requireChangeable();
    long lead = requireOwnLead(values);
    store.change(
        id,
        version,
        values.text("title"),
        values.text("content"),
        lead,
        values.ids("coAuthors"),
        values.id("sectorId"));
  }

  @Override
  public void delete(long id, int version) {
    load(id).requireChangeable();
    store.delete(id, version);
  }

  private OpinionReport load(long id) {
    return store
        .find(id, OpinionStore.Visible.to(CurrentUser.require().scope()))
        .orElseThrow(() -> new RecordNotFoundException(OpinionReports.REGISTER, id));
  }

  /** A member reports as the lead author themselves; the office enters reports for anyone. */
  private static long requireOwnLead(RecordValues values) {
    Long lead = values.id("leadMemberId");
    if (CurrentUser.require().scope() instanceof DataScope.OwnMember own
        && (lead == null || lead != own.memberId())) {
      throw new InvalidInputException(
          Map.of("leadMemberId", Texts.of("opinion.input.leadNotSelf")));
    }
    return lead;
  }
}
