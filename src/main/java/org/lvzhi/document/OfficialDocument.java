package org.lvzhi.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

/**
 * A document in the official style (GB/T 9704 as offices use it): title in 小标宋 二号, headings in 黑体
 * 三号 numbered 一、 (and 楷体 （一） below them), body in 仿宋_GB2312 三号 (16 pt) with a two-character indent,
 * A4 with the standard margins, and the page number centred at the foot as "— 1 —". Built in order
 * and written once:
 *
 * <pre>{@code
 * byte[] docx = OfficialDocument.titled("社情民意")
 *     .subtitle("2026年第3期").line("云溪县政协办公室　2026年3月5日")
 *     .contents()
 *     .heading("关于……的建议").paragraphs(text)
 *     .toBytes();
 * }</pre>
 *
 * Headings are numbered as they are added; the table of contents lists them with their numbers.
 */
public final class OfficialDocument {

  /** The fonts offices expect; Word substitutes where one is missing. */
  public static final String TITLE_FONT = "方正小标宋简体";

  public static final String HEADING_FONT = "黑体";
  public static final String SUBHEADING_FONT = "楷体_GB2312";
  public static final String BODY_FONT = "仿宋_GB2312";

  /** 三号 (16 pt) for headings and body, 二号 (22 pt) for the title. */
  public static final int BODY_SIZE = 16;

  public static final int TITLE_SIZE = 22;

  private static final String[] NUMERALS = {
    "一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二", "十三", "十四", "十五", "十六", "十七",
    "十八", "十九", "二十"
  };

  private sealed interface Block {}

  private record Heading(String text, int level) implements Block {}

  private record Paragraph(String text) implements Block {}

  private record Contents() implements Block {}

  private final String title;
  private final List<String> coverLines = new ArrayList<>();
  private final List<Block> blocks = new ArrayList<>();
  private int headings;
  private int subheadings;

  private OfficialDocument(String title) {
    this.title = title;
  }

  public static OfficialDocument titled(String title) {
    return new OfficialDocument(title);
  }

  /** A line under the title, centred in the heading font (第N期). */
  public OfficialDocument subtitle(String text) {
    coverLines.add(text);
    return this;
  }

  /** A further centred line on the cover (the issuing office and date). */
  public OfficialDocument line(String text) {
    coverLines.add(text);
    return this;
  }

  /** A table of contents of the headings, after the cover; the body then starts on a new page. */
  public OfficialDocument contents() {
    blocks.add(new Contents());
    return this;
  }

  /** A top-level heading, numbered 一、二、…; the numbering of sub-headings starts again. */
  public OfficialDocument heading(String text) {
    headings++;
    subheadings = 0;
    blocks.add(new Heading(numeral(headings) + "、" + text, 1));
    return this;
  }

  /** A second-level heading, numbered （一）（二）… within its heading. */
  public OfficialDocument subheading(String text) {
    subheadings++;
    blocks.add(new Heading("（" + numeral(subheadings) + "）" + text, 2));
    return this;
  }

  /** Body paragraphs: the text split at line breaks, blank lines dropped. */
  public OfficialDocument paragraphs(String text) {
    if (text != null) {
      for (String line : text.split("\\R")) {
        if (!line.isBlank()) {
          blocks.add(new Paragraph(line.strip()));
        }
      }
    }
    return this;
  }

  /** The .docx file. */
  public byte[] toBytes() {
    try (XWPFDocument document = new XWPFDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      page(document);
      cover(document);
      for (Block block : blocks) {
        if (block instanceof Contents) {
          contents(document);
        } else if (block instanceof Heading h) {
          heading(document, h);
        } else if (block instanceof Paragraph p) {
          body(document, p.text());
        }
      }
      footer(document);
      document.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String numeral(int n) {
    return n <= NUMERALS.length ? NUMERALS[n - 1] : Integer.toString(n);
  }

  private void cover(XWPFDocument document) {
    XWPFParagraph heading = centred(document);
    heading.setSpacingAfter(400);
    run(heading, title, TITLE_FONT, TITLE_SIZE, false);
    for (String line : coverLines) {
      run(centred(document), line, HEADING_FONT, BODY_SIZE, false);
    }
  }

  private void contents(XWPFDocument document) {
    XWPFParagraph heading = centred(document);
    heading.setSpacingBefore(400);
    run(heading, "目　　录", HEADING_FONT, BODY_SIZE, false);
    for (Block block : blocks) {
      if (block instanceof Heading h) {
        XWPFParagraph entry = document.createParagraph();
        entry.setIndentationLeft(h.level() == 1 ? 0 : 640);
        run(entry, h.text(), BODY_FONT, BODY_SIZE, false);
      }
    }
    document.createParagraph().createRun().addBreak(BreakType.PAGE);
  }

  private static void heading(XWPFDocument document, Heading heading) {
    XWPFParagraph paragraph = document.createParagraph();
    paragraph.setStyle(heading.level() == 1 ? "Heading1" : "Heading2");
    paragraph.setSpacingBefore(240);
    paragraph.setFirstLineIndent(640);
    run(
        paragraph,
        heading.text(),
        heading.level() == 1 ? HEADING_FONT : SUBHEADING_FONT,
        BODY_SIZE,
        false);
  }

  private static void body(XWPFDocument document, String text) {
    XWPFParagraph paragraph = document.createParagraph();
    paragraph.setFirstLineIndent(640);
    paragraph.setAlignment(ParagraphAlignment.BOTH);
    paragraph.setSpacingBetween(28, org.apache.poi.xwpf.usermodel.LineSpacingRule.EXACT);
    run(paragraph, text, BODY_FONT, BODY_SIZE, false);
  }

  private static XWPFParagraph centred(XWPFDocument document) {
    XWPFParagraph paragraph = document.createParagraph();
    paragraph.setAlignment(ParagraphAlignment.CENTER);
    return paragraph;
  }

  /** A run in a Chinese font: set for East Asian and Latin text alike, so Word keeps it. */
  private static XWPFRun run(
      XWPFParagraph paragraph, String text, String font, int size, boolean bold) {
    XWPFRun run = paragraph.createRun();
    run.setText(text);
    run.setFontSize(size);
    run.setBold(bold);
    run.setFontFamily(font);
    CTFonts fonts = run.getCTR().isSetRPr() ? run.getCTR().getRPr().getRFontsArray(0) : null;
    if (fonts == null) {
      fonts = run.getCTR().addNewRPr().addNewRFonts();
    }
    fonts.setEastAsia(font);
    fonts.setAscii(font);
    fonts.setHAnsi(font);
    return run;
  }

  /** A4 with the official margins: 37 mm top, 35 mm bottom, 28 mm left, 26 mm right. */
  private static void page(XWPFDocument document) {
    CTSectPr section = document.getDocument().getBody().addNewSectPr();
    var size = section.addNewPgSz();
    size.setW(BigInteger.valueOf(11906));
    size.setH(BigInteger.valueOf(16838));
    CTPageMar margins = section.addNewPgMar();
    margins.setTop(BigInteger.valueOf(2098));
    margins.setBottom(BigInteger.valueOf(1984));
    margins.setLeft(BigInteger.valueOf(1587));
    margins.setRight(BigInteger.valueOf(1474));
  }

  /** "— N —" centred at the foot of every page, N the PAGE field. */
  private static void footer(XWPFDocument document) {
    XWPFFooter footer = document.createFooter(HeaderFooterType.DEFAULT);
    XWPFParagraph paragraph = footer.createParagraph();
    paragraph.setAlignment(ParagraphAlignment.CENTER);
    run(paragraph, "— ", BODY_FONT, 14, false);
    paragraph.getCTP().addNewFldSimple().setInstr("PAGE");
    run(paragraph, " —", BODY_FONT, 14, false);
  }
}
