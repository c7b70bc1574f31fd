package org.lvzhi.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.apache.poi.ss.usermodel.DateUtil;
import org.junit.jupiter.api.Test;

class CellTextTest {

  @Test
  void numbersReadAsPlainDigitsWithExcelsPrecision() {
    assertThat(CellText.number("1.3812345678E10")).isEqualTo("13812345678");
    assertThat(CellText.number("12.0")).isEqualTo("12");
    assertThat(CellText.number("100")).isEqualTo("100");
    assertThat(CellText.number("-0.5")).isEqualTo("-0.5");
    assertThat(CellText.number("0.30000000000000004")).isEqualTo("0.3");
    assertThat(CellText.number("0.0")).isEqualTo("0");
  }

  @Test
  void recognisesDateFormatsIncludingChineseBuiltIns() {
    assertThat(CellText.isDateFormat(14, "m/d/yy")).isTrue();
    assertThat(CellText.isDateFormat(31, "reserved-0x1F")).isTrue();
    assertThat(CellText.isDateFormat(176, "yyyy\"年\"m\"月\"d\"日\"")).isTrue();
    assertThat(CellText.isDateFormat(0, "General")).isFalse();
    assertThat(CellText.isDateFormat(1, "0")).isFalse();
  }

  @Test
  void datesShowTheTimeOnlyWhereTheFormatDoes() {
    String noon = serial(LocalDateTime.of(2024, 3, 1, 12, 30));
    String midnight = serial(LocalDate.of(2024, 3, 1).atStartOfDay());

    assertThat(CellText.date(noon, false, 14, "m/d/yy")).isEqualTo("2024-03-01");
    assertThat(CellText.date(noon, false, 22, "m/d/yy h:mm")).isEqualTo("2024-03-01 12:30");
    assertThat(CellText.date(midnight, false, 22, "m/d/yy h:mm")).isEqualTo("2024-03-01");
    assertThat(CellText.date(noon, false, 20, "h:mm")).isEqualTo("12:30");
    assertThat(CellText.date(noon, false, 32, "reserved-0x20")).isEqualTo("12:30");
    assertThat(CellText.date(noon, false, 177, "[$-804]yyyy\"年\"m\"月\"d\"日\""))
        .isEqualTo("2024-03-01");
  }

  @Test
  void aNumberThatIsNoDateStaysANumber() {
    assertThat(CellText.date("-3", false, 14, "m/d/yy")).isEqualTo("-3");
  }

  @Test
  void workbooksCountingFrom1904AreShiftedBack() {
    double days1904 = DateUtil.getExcelDate(LocalDate.of(2024, 3, 1), true);

    assertThat(CellText.date(Double.toString(days1904), true, 14, "m/d/yy"))
        .isEqualTo("2024-03-01");
  }

  private static String serial(LocalDateTime at) {
    return Double.toString(DateUtil.getExcelDate(at));
  }
}
