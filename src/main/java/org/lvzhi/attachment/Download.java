package org.lvzhi.attachment;

import org.springframework.core.io.Resource;

/** An attachment the current user may read, and its content. */
public record Download(Attachment attachment, Resource content) {}
