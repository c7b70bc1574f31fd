package org.lvzhi.register;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;

/** Headers for a spreadsheet download, with a Chinese file name that every browser reads. */
final class SheetResponses {

  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  private SheetResponses() {}

  static void prepare(HttpServletResponse response, String name) throws IOException {
    response.setContentType(XLSX);
    response.setHeader(
        HttpHeaders.CONTENT_DISPOSITION,
        ContentDisposition.attachment()
            .filename(name + "-" + LocalDate.now(SHANGHAI) + ".xlsx", StandardCharsets.UTF_8)
            .build()
            .toString());
  }
}
