package org.lvzhi.attachment;

import java.io.InputStream;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import org.lvzhi.history.Change;
import org.lvzhi.history.History;
import org.lvzhi.register.RecordPanel;
import org.lvzhi.system.CurrentUser;
import org.lvzhi.system.RecordNotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Files on any module's records. Who may see and change them is asked of the record's {@link
 * AttachmentOwner}; every upload and deletion is recorded in the owner's history (ATTACH, DETACH).
 * A file is written before its row and removed if the row's transaction rolls back; a deleted row's
 * file is removed after the commit.
 */
@Service
public class Attachments {

  public static final String ATTACH = "ATTACH";
  public static final String DETACH = "DETACH";

  /** The history field (a message key) naming the file. */
  public static final String FILE_FIELD = "attachment.file";

  /** The form field (and API part) an upload comes in, and its refusals are reported against. */
  public static final String UPLOAD_FIELD = UploadRules.FIELD;

  private static final Logger log = LoggerFactory.getLogger(Attachments.class);

  private final AttachmentStore store;
  private final FileStore files;
  private final UploadRules rules;
  private final AttachmentOwners owners;
  private final AttachmentPanels panels;
  private final History history;
  private final TransactionTemplate transactions;
  private final Clock clock;

  Attachments(
      AttachmentStore store,
      FileStore files,
      UploadRules rules,
      AttachmentOwners owners,
      AttachmentPanels panels,
      History history,
      PlatformTransactionManager transactionManager,
      Clock clock) {
    this.store = store;
    this.files = files;
    this.rules = rules;
    this.owners = owners;
    this.panels = panels;
    this.history = history;
    this.transactions = new TransactionTemplate(transactionManager);
    this.clock = clock;
  }

  /**
   * Stores a file on a record. Refuses (400, field {@code file}) an empty file, one over the size
   * limit and one whose sniffed type is not allowed; 404 where the owner type is unknown or the
   * record hidden, 403 where the user may not change it. Joins the caller's transaction where there
   * is one.
   */
  public Attachment store(String ownerType, long ownerId, String filename, InputStream content) {
    owners.requireChange(ownerType, ownerId);
    String name = FileNames.clean(filename);
    FileStore.Received received = files.receive(content, rules.maxBytes(), rules.headLength());
    String storedName = null;
    try {
      rules.checkSize(name, received.size());
      String type = rules.sniff(received.head(), name);
      OffsetDateTime now = OffsetDateTime.now(clock);
      storedName = files.keep(received, now.toLocalDate());
      var attachment =
          new Attachment(
              0,
              ownerType,
              ownerId,
              name,
              type,
              received.size(),
              received.sha256(),
              CurrentUser.actorName(),
              now);
      String kept = storedName;
      return transactions.execute(status -> record(attachment, kept));
    } catch (RuntimeException e) {
      files.discard(received.temp());
      if (storedName != null) {
        files.delete(storedName);
      }
      throw e;
    }
  }

  private Attachment record(Attachment attachment, String storedName) {
    long id = store.insert(attachment, storedName);
    TransactionSynchronizationManager.registerSynchronization(
        new TransactionSynchronization() {
          @Override
          public void afterCompletion(int status) {
            if (status != STATUS_COMMITTED) {
              files.delete(storedName);
            }
          }
        });
    history.record(
        attachment.ownerType(),
        attachment.ownerId(),
        ATTACH,
        List.of(new Change(FILE_FIELD, null, attachment.filename())));
    return new Attachment(
        id,
        attachment.ownerType(),
        attachment.ownerId(),
        attachment.filename(),
        attachment.contentType(),
        attachment.sizeBytes(),
        attachment.sha256(),
        attachment.uploadedBy(),
        attachment.uploadedAt());
  }

  /** A record's attachments, oldest first; 404 where the user may not see the record. */
  @Transactional(readOnly = true)
  public List<Attachment> of(String ownerType, long ownerId) {
    owners.requireView(ownerType, ownerId);
    return store.of(ownerType, ownerId);
  }

  /** An attachment's content; 404 where it does not exist or the user may not see its record. */
  @Transactional(readOnly = true)
  public Download open(long id) {
    AttachmentStore.Stored stored = find(id);
    owners.requireView(stored.attachment().ownerType(), stored.attachment().ownerId());
    return files
        .open(stored.storedName())
        .map(content -> new Download(stored.attachment(), content))
        .orElseThrow(
            () -> {
              log.warn("the file of attachment {} ({}) is missing", id, stored.storedName());
              return new RecordNotFoundException("attachment", id);
            });
  }

  /**
   * Deletes an attachment; its file goes once the transaction commits. 403 where the user may not
   * change the record.
   */
  @Transactional
  public void delete(long id) {
    AttachmentStore.Stored stored = find(id);
    Attachment attachment = stored.attachment();
    owners.requireChange(attachment.ownerType(), attachment.ownerId());
    store.delete(id);
    history.record(
        attachment.ownerType(),
        attachment.ownerId(),
        DETACH,
        List.of(new Change(FILE_FIELD, attachment.filename(), null)));
    TransactionSynchronizationManager.registerSynchronization(
        new TransactionSynchronization() {
          @Override
          public void afterCommit() {
            files.delete(stored.storedName());
          }
        });
  }

  /**
   * The attachments part of a record's page, for {@code RecordType.panel(...)}: the list, download
   * links, and, where the user may change the record, delete buttons and an upload form. Shows
   * nothing where the user may not see the record's attachments.
   */
  public RecordPanel panel(String ownerType) {
    return ownerId -> panels.html(this, ownerType, ownerId);
  }

  /** Whether the current user may see the record's attachments. */
  public boolean mayView(String ownerType, long ownerId) {
    return owners.mayView(ownerType, ownerId);
  }

  /** Whether the current user may add attachments to the record and delete them. */
  public boolean mayChange(String ownerType, long ownerId) {
    return owners.mayChange(ownerType, ownerId);
  }

  /** The file name extensions an upload form offers to choose ({@code .pdf,.png,…}). */
  public String acceptedExtensions() {
    return rules.accept();
  }

  /** What an upload may be, in the reader's language: types and the size limit. */
  public String uploadHelp() {
    return rules.help();
  }

  private AttachmentStore.Stored find(long id) {
    return store.find(id).orElseThrow(() -> new RecordNotFoundException("attachment", id));
  }
}
