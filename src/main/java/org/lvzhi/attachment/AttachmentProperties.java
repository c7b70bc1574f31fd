package org.lvzhi.attachment;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * {@code lvzhi.attachment.*}: the largest file accepted and the content types (as sniffed) allowed.
 * Keep {@code spring.servlet.multipart.max-file-size} at least as large as {@code max-size}.
 */
@ConfigurationProperties("lvzhi.attachment")
record AttachmentProperties(
    @DefaultValue("20MB") DataSize maxSize,
    @DefaultValue({
          "application/pdf",
          "image/png",
          "image/jpeg",
          "image/gif",
          "image/webp",
          "application/msword",
          "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
          "application/vnd.ms-excel",
          "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        })
        List<String> allowedTypes) {}
