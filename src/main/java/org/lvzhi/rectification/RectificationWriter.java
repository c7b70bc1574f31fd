package org.lvzhi.rectification;

import org.lvzhi.register.RecordValues;
import org.lvzhi.register.RecordWriter;
import org.springframework.stereotype.Component;

/**
 * What the register of problems may change, handed to the problem's store: the wording (title and
 * description) and deleting a problem. Every other field belongs to the workflow and is fixed in
 * the register; problems are raised on their source record, never from a blank form or an import.
 * The register engine checks the input and permissions and records the change in history.
 */
@Component
class RectificationWriter implements RecordWriter {

  private final RectificationStore store;

  RectificationWriter(RectificationStore store) {
    this.store = store;
  }

  /** Never reached: the register is not creatable, so the engine refuses before it asks. */
  @Override
  public long create(RecordValues values) {
    throw new UnsupportedOperationException("problems are raised on their source record");
  }

  @Override
  public void update(long id, int version, RecordValues values) {
    store.reword(id, version, values.text("title"), values.text("description"));
  }

  @Override
  public void delete(long id, int version) {
    store.delete(id, version);
  }
}
