/**
 * Attachments: files uploaded to any module's records, type-sniffed, size-limited, kept under the
 * data directory.
 */
package org.lvzhi.attachment;
