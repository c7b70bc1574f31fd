package org.lvzhi.attachment;

import java.time.OffsetDateTime;

/**
 * An uploaded file.
 *
 * @param filename the original name, cleaned for display (no folders, no control characters)
 * @param contentType the type sniffed from the content, never the one the browser claimed
 * @param uploadedBy the uploader's username
 */
public record Attachment(
    long id,
    String ownerType,
    long ownerId,
    String filename,
    String contentType,
    long sizeBytes,
    String sha256,
    String uploadedBy,
    OffsetDateTime uploadedAt) {}
