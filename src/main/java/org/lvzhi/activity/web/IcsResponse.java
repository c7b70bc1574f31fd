package org.lvzhi.activity.web;

import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** An activity's .ics as a download, for the page and the API alike. */
final class IcsResponse {

  private IcsResponse() {}

  static ResponseEntity<String> of(long activityId, String ics) {
    return ResponseEntity.ok()
        .contentType(new MediaType("text", "calendar", StandardCharsets.UTF_8))
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment()
                .filename("activity-" + activityId + ".ics")
                .build()
                .toString())
        .body(ics);
  }
}
