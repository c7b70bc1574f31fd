package org.lvzhi.attachment;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The attachment table. */
@Repository
class AttachmentStore {

  /** An attachment and where its file lies. */
  record Stored(Attachment attachment, String storedName) {}

  private static final String COLUMNS =
      "id, owner_type, owner_id, filename, content_type, size_bytes, sha256, uploaded_by, uploaded_at, stored_name";
  private final JdbcClient jdbc;

  AttachmentStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  long insert(Attachment attachment, String storedName) {
    var keys = new GeneratedKeyHolder();
    jdbc.sql(
            "insert into attachment (owner_type, owner_id, filename, content_type, size_bytes, stored_name, sha256,"
                + " uploaded_by, uploaded_at) values (:ownerType, :ownerId, :filename, :contentType, :size, :storedName,"
                + " :sha256, :uploadedBy, :uploadedAt)")
        .param("ownerType", attachment.ownerType())
        .param("ownerId", attachment.ownerId())
        .param("filename", attachment.filename())
        .param("contentType", attachment.contentType())
        .param("size", attachment.sizeBytes())
        .param("storedName", storedName)
        .param("sha256", attachment.sha256())
        .param("uploadedBy", attachment.uploadedBy())
        .param("uploadedAt", attachment.uploadedAt())
        .update(keys, "id");
    return keys.getKeyAs(Number.class).longValue();
  }

  List<Attachment> of(String ownerType, long ownerId) {
    return jdbc.sql(
            "select "
                + COLUMNS
                + " from attachment where owner_type = :type and owner_id = :id order by id")
        .param("type", ownerType)
        .param("id", ownerId)
        .query((rs, n) -> attachment(rs))
        .list();
  }

  Optional<Stored> find(long id) {
    return jdbc.sql("select " + COLUMNS + " from attachment where id = :id")
        .param("id", id)
        .query((rs, n) -> new Stored(attachment(rs), rs.getString("stored_name")))
        .optional();
  }

  void delete(long id) {
    jdbc.sql("delete from attachment where id = :id").param("id", id).update();
  }

  private static Attachment attachment(ResultSet rs) throws SQLException {
    return new Attachment(
        rs.getLong("id"),
        rs.getString("owner_type"),
        rs.getLong("owner_id"),
        rs.getString("filename"),
        rs.getString("content_type"),
        rs.getLong("size_bytes"),
        rs.getString("sha256"),
        rs.getString("uploaded_by"),
        rs.getObject("uploaded_at", OffsetDateTime.class));
  }
}
