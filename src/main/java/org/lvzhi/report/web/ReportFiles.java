package org.lvzhi.report.web;

import java.nio.charset.StandardCharsets;
import org.lvzhi.report.Reports;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A report file as a download named after the report. */
final class ReportFiles {

  static final String DOCX =
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
  static final String PDF = "application/pdf";

  private ReportFiles() {}

  static ResponseEntity<byte[]> download(Reports.File file, String type) {
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(type))
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment()
                .filename(file.name(), StandardCharsets.UTF_8)
                .build()
                .toString())
        .body(file.bytes());
  }
}
