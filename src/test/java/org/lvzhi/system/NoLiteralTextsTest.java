package org.lvzhi.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * What a person reads comes from the message bundles in their language, never from a Chinese string
 * literal in Java code, or an English reader sees Chinese refusals. The files below hold Chinese on
 * purpose, each for the reason given; anything else is a text to turn into a message key.
 */
class NoLiteralTextsTest {

  private static final Pattern CHINESE_LITERAL =
      Pattern.compile("\"(?:[^\"\\\\\\n]|\\\\.)*[\\u4e00-\\u9fff](?:[^\"\\\\\\n]|\\\\.)*\"");

  /** File name → why its Chinese literals are not interface texts. */
  private static final Map<String, String> CHINESE_ON_PURPOSE =
      Map.ofEntries(
          Map.entry(
              "AttendanceImport.java",
              "the attendance sheet's column headings and values are its file format"),
          Map.entry(
              "LedgerImport.java",
              "the ledger sheet's column headings and example are its file format"),
          Map.entry(
              "ProposalArchiveImport.java",
              "the proposal ledger's column headings, example and date formats are its file format"),
          Map.entry(
              "SheetImports.java", "templates are Chinese files, named as their Chinese title"),
          Map.entry("CellWriter.java", "是/否 in spreadsheet cells: the sheets' file format"),
          Map.entry(
              "XlsxSheetHandler.java", "是/否 read from spreadsheet cells: the sheets' file format"),
          Map.entry(
              "FieldValues.java", "spellings people type (是/否, 万元) that are accepted as input"),
          Map.entry("Wan.java", "the 万元 people type after an amount, accepted as input"),
          Map.entry("InvestmentStatistics.java", "compares a metric's unit code"),
          Map.entry("Amount.java", "the Chinese form of amounts (万元/亿元), beside the English one"),
          Map.entry("ActivityMetrics.java", "metric units are the catalogue's unit codes"),
          Map.entry("InvestmentMetrics.java", "metric units are the catalogue's unit codes"),
          Map.entry("RectificationMetrics.java", "metric units are the catalogue's unit codes"),
          Map.entry("PublicityMetrics.java", "metric units are the catalogue's unit codes"),
          Map.entry("ProjectStages.java", "a move's note is kept in Chinese like history (ADR 3)"),
          Map.entry("FileNames.java", "the stored name of an upload that came without one"),
          Map.entry("ActivityIcs.java", "the calendar file's product id"),
          Map.entry("ApiDocsConfig.java", "the API document is bilingual"),
          Map.entry("RegisterApiDocs.java", "the API document is bilingual"),
          Map.entry("OfficialDocument.java", "the official document's font names and numerals"),
          Map.entry("OpinionProperties.java", "the default bulletin name is a setting's value"),
          Map.entry("OpinionMetrics.java", "metric units are the catalogue's unit codes"),
          Map.entry("OutputMetrics.java", "metric units are the catalogue's unit codes"),
          Map.entry("ProposalMetrics.java", "metric units are the catalogue's unit codes"),
          Map.entry("SupervisionMetrics.java", "metric units are the catalogue's unit codes"),
          Map.entry("ConsultationMetrics.java", "metric units are the catalogue's unit codes"),
          Map.entry("TargetUnits.java", "a target's unit is one of the catalogue's unit codes"),
          Map.entry("TargetApiController.java", "the API document lists the unit codes"),
          Map.entry("Reports.java", "a report is a Chinese document: its date in Chinese"),
          Map.entry("ReportExport.java", "the document's section numerals (一、二、…)"),
          Map.entry("FigureFormat.java", "a report's figures in Chinese (余, 万元, 亿元)"));

  @Test
  void javaCodeHoldsNoChineseTextOutsideDemoDataAndFileFormats() throws IOException {
    List<String> found = new ArrayList<>();
    try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
      for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
        String name = file.getFileName().toString();
        if (name.startsWith("Demo") || CHINESE_ON_PURPOSE.containsKey(name)) {
          continue;
        }
        List<String> lines = Files.readAllLines(file);
        int apiDocsDepth = 0;
        for (int i = 0; i < lines.size(); i++) {
          String line = lines.get(i).strip();
          boolean comment = line.startsWith("//") || line.startsWith("*") || line.startsWith("/*");
          // The API document (@Tag, @Operation) is bilingual; an annotation may span lines.
          if (apiDocsDepth == 0 && (line.startsWith("@Tag(") || line.startsWith("@Operation("))) {
            apiDocsDepth = 1;
            line = line.substring(line.indexOf('(') + 1);
          }
          if (apiDocsDepth > 0) {
            apiDocsDepth += count(line, '(') - count(line, ')');
            continue;
          }
          if (!comment && CHINESE_LITERAL.matcher(line).find()) {
            found.add(file + ":" + (i + 1) + ": " + line);
          }
        }
      }
    }
    assertThat(found).as("Chinese string literals in Java code: use message keys").isEmpty();
  }

  private static int count(String line, char c) {
    return (int) line.chars().filter(ch -> ch == c).count();
  }
}
