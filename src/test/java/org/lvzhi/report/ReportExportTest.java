package org.lvzhi.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.ByteArrayInputStream;
import java.util.List;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.lvzhi.system.RecordConflictException;

/** The .docx and .pdf open and hold the Chinese text. */
class ReportExportTest {

  private static final ReportText TEXT =
      new ReportText(
          "云溪县政协工作进展情况",
          List.of(
              new ReportText.Block(true, "赴高地兴调研促项目落地落实"),
              new ReportText.Block(false, "党组成员带队开展招商走请活动6次，掌握12条项目线索。"),
              new ReportText.Block(true, "勤商量常监督"),
              new ReportText.Block(false, "共开展民主监督活动30余次 <b>&</b>。")));

  @Test
  void theDocxIsInTheOfficialStyleWithNumberedHeadings() throws Exception {
    byte[] docx = new ReportExport(new ReportProperties("")).docx(TEXT, "（2026年1月1日至2026年6月30日）");
    try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx));
        XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
      String text = extractor.getText();
      assertThat(text)
          .contains("云溪县政协工作进展情况")
          .contains("一、赴高地兴调研促项目落地落实")
          .contains("二、勤商量常监督")
          .contains("党组成员带队开展招商走请活动6次，掌握12条项目线索。");
      var heading =
          document.getParagraphs().stream().filter(p -> p.getText().startsWith("一、")).findFirst();
      assertThat(heading)
          .hasValueSatisfying(p -> assertThat(p.getRuns().get(0).getFontFamily()).isEqualTo("黑体"));
    }
  }

  @Test
  void thePdfEmbedsACjkFontAndReadsBackInChinese() throws Exception {
    ReportExport export = new ReportExport(new ReportProperties(""));
    assumeTrue(export.font().isPresent(), "no CJK font installed (fonts-wqy-microhei)");
    byte[] pdf = export.pdf(TEXT, "（2026年1月1日至2026年6月30日）");
    PdfReader reader = new PdfReader(pdf);
    String text = new PdfTextExtractor(reader).getTextFromPage(1).replaceAll("\\s", "");
    assertThat(text).contains("一、赴高地兴调研促项目落地落实").contains("掌握12条项目线索").contains("30余次<b>&</b>");
    reader.close();
  }

  @Test
  void withoutAFontThePdfIsRefusedWithTheReason() {
    ReportExport export = new ReportExport(new ReportProperties("/nowhere/font.ttc"));
    assertThatThrownBy(() -> export.pdf(TEXT, "x"))
        .isInstanceOfSatisfying(
            RecordConflictException.class,
            e -> assertThat(e.messageKey()).isEqualTo("report.pdf.noFont"));
  }
}
