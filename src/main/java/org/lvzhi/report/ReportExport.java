package org.lvzhi.report;

import com.lowagie.text.pdf.BaseFont;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.lvzhi.document.OfficialDocument;
import org.lvzhi.system.RecordConflictException;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;
import org.xhtmlrenderer.pdf.ITextRenderer;

/**
 * A report version as a file: .docx in the official style ({@link OfficialDocument}: title, 仿宋
 * body, headings numbered 一、二、…), and .pdf (flying-saucer) with a CJK font embedded: the one
 * configured ({@code lvzhi.report.pdf-font}), else the first common system font found. Without one
 * the .pdf is refused with a message saying what to install (409), never with empty boxes.
 */
@Component
class ReportExport {

  /** Where Debian and others put CJK fonts; the first that exists is used. */
  static final List<String> SYSTEM_FONTS =
      List.of(
          "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
          "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
          "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
          "/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc",
          "/usr/share/fonts/truetype/arphic/uming.ttc");

  private static final String FAMILY = "ReportCJK";
  private final ReportProperties properties;

  ReportExport(ReportProperties properties) {
    this.properties = properties;
  }

  byte[] docx(ReportText text, String periodLine) {
    OfficialDocument document = OfficialDocument.titled(text.title()).line(periodLine);
    for (ReportText.Block block : text.blocks()) {
      if (block.heading()) {
        document.heading(block.text());
      } else {
        document.paragraphs(block.text());
      }
    }
    return document.toBytes();
  }

  byte[] pdf(ReportText text, String periodLine) {
    String font = font().orElseThrow(() -> new RecordConflictException("report.pdf.noFont"));
    try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      ITextRenderer renderer = new ITextRenderer();
      String face = font.toLowerCase(java.util.Locale.ROOT).endsWith(".ttc") ? font + ",0" : font;
      renderer.getFontResolver().addFont(face, FAMILY, BaseFont.IDENTITY_H, true, null);
      renderer.setDocumentFromString(html(text, periodLine));
      renderer.layout();
      renderer.createPDF(out);
      return out.toByteArray();
    } catch (java.io.IOException | com.lowagie.text.DocumentException e) {
      throw new RecordConflictException("report.pdf.fontUnreadable", font);
    }
  }

  Optional<String> font() {
    String configured = properties.pdfFont();
    if (configured != null && !configured.isBlank()) {
      return Files.isReadable(Path.of(configured.strip()))
          ? Optional.of(configured.strip())
          : Optional.empty();
    }
    return SYSTEM_FONTS.stream().filter(f -> Files.isReadable(Path.of(f))).findFirst();
  }

  /** The XHTML the .pdf is laid out from; every text escaped. */
  static String html(ReportText text, String periodLine) {
    StringBuilder html = new StringBuilder();
    html.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>")
        .append("<html xmlns=\"http://www.w3.org/1999/xhtml\"><head><style>")
        .append("@page { size: A4; margin: 37mm 26mm 35mm 28mm;")
        .append(" @bottom-center { content: \"— \" counter(page) \" —\"; font-family: ")
        .append(FAMILY)
        .append("; } }")
        .append("body { font-family: ")
        .append(FAMILY)
        .append("; font-size: 16pt; line-height: 28pt; }")
        .append("h1 { font-size: 22pt; text-align: center; font-weight: normal; margin: 0 0 8pt; }")
        .append("p.period { text-align: center; margin: 0 0 16pt; text-indent: 0; }")
        .append("h2 { font-size: 16pt; font-weight: bold; text-indent: 2em; margin: 12pt 0 0; }")
        .append("p { text-indent: 2em; text-align: justify; margin: 0; }")
        .append("</style></head><body>");
    html.append("<h1>").append(escape(text.title())).append("</h1>");
    html.append("<p class=\"period\">").append(escape(periodLine)).append("</p>");
    int heading = 0;
    for (ReportText.Block block : text.blocks()) {
      if (block.heading()) {
        html.append("<h2>")
            .append(numeral(++heading))
            .append("、")
            .append(escape(block.text()))
            .append("</h2>");
      } else {
        html.append("<p>").append(escape(block.text())).append("</p>");
      }
    }
    return html.append("</body></html>").toString();
  }

  private static String numeral(int n) {
    String[] numerals = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};
    return n <= numerals.length ? numerals[n - 1] : Integer.toString(n);
  }

  private static String escape(String text) {
    // Control characters have no place in XML: drop them rather than fail the file.
    return HtmlUtils.htmlEscape(text.replaceAll("[\\p{Cntrl}&&[^\\n\\t]]", ""), "UTF-8");
  }
}
