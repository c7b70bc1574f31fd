package org.lvzhi.attachment.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.lvzhi.attachment.Attachment;
import org.lvzhi.attachment.Attachments;
import org.springframework.core.io.Resource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Attachments through the API; who may do what is decided by the record's owning module. */
@RestController
@Tag(
    name = "Attachments",
    description = "附件：上传、列表、下载、删除 — files on records, type-sniffed and size-limited")
class AttachmentApiController {

  private final Attachments attachments;
  private final MultipartUploads uploads;

  AttachmentApiController(Attachments attachments, MultipartUploads uploads) {
    this.attachments = attachments;
    this.uploads = uploads;
  }

  @GetMapping("/api/v1/attachments")
  @Operation(
      summary = "A record's attachments, oldest first",
      description = "404 where the record is unknown or hidden")
  List<Attachment> list(@RequestParam String ownerType, @RequestParam long ownerId) {
    return attachments.of(ownerType, ownerId);
  }

  @PostMapping(value = "/api/v1/attachments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @Operation(
      summary = "Upload a file to a record",
      description =
          "multipart: ownerType, ownerId, file. 400 (field file) for an empty file, one over the size"
              + " limit or of a type not allowed (sniffed from the content, not the name); 403 where the record may"
              + " not be changed")
  ResponseEntity<Attachment> upload(
      @RequestParam String ownerType,
      @RequestParam long ownerId,
      @RequestPart(name = "file", required = false) MultipartFile file) {
    Attachment stored = uploads.store(ownerType, ownerId, file);
    return ResponseEntity.created(URI.create("/api/v1/attachments/" + stored.id() + "/content"))
        .body(stored);
  }

  @GetMapping("/api/v1/attachments/{id}/content")
  @Operation(
      summary = "Download an attachment",
      description = "Content-Disposition: attachment, the sniffed type, nosniff")
  ResponseEntity<Resource> content(@PathVariable long id) {
    return Downloads.of(attachments.open(id));
  }

  @DeleteMapping("/api/v1/attachments/{id}")
  @Operation(
      summary = "Delete an attachment",
      description = "recorded in the record's history; 403 where the record may not be changed")
  ResponseEntity<Void> delete(@PathVariable long id) {
    attachments.delete(id);
    return ResponseEntity.noContent().build();
  }
}
