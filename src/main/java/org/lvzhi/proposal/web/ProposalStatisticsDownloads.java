package org.lvzhi.proposal.web;

import java.nio.charset.StandardCharsets;
import org.lvzhi.proposal.ProposalCompilation;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** The session's compilation as a download named after the session, for the pages and the API. */
final class ProposalStatisticsDownloads {

  static final String DOCX =
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
  static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  private ProposalStatisticsDownloads() {}

  static ResponseEntity<byte[]> compilation(ProposalCompilation compilation, Long session) {
    byte[] bytes = compilation.of(session);
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(DOCX))
        .header(HttpHeaders.CONTENT_DISPOSITION, attachment(compilation.fileName(session)))
        .body(bytes);
  }

  static String attachment(String name) {
    return ContentDisposition.attachment()
        .filename(name, StandardCharsets.UTF_8)
        .build()
        .toString();
  }
}
