package org.lvzhi.investment;

import java.math.BigDecimal;
import java.util.Map;
import org.lvzhi.shared.Amount;
import org.lvzhi.system.InvalidInputException;
import org.lvzhi.system.Texts;

/** Amounts as clerks type them: in 万元, with or without thousands separators, to the fen at most. */
public final class Wan {

  private Wan() {}

  public static Amount parse(String field, String text) {
    try {
      BigDecimal wan =
          new BigDecimal(text.replace(",", "").replace("，", "").replace("万元", "").trim());
      if (wan.signum() < 0 || wan.stripTrailingZeros().scale() > 6) {
        throw new NumberFormatException();
      }
      Amount amount = Amount.ofWan(wan.toPlainString());
      if (!amount.fitsColumn()) {
        throw new NumberFormatException();
      }
      return amount;
    } catch (RuntimeException e) {
      throw new InvalidInputException(Map.of(field, Texts.of("wan.invalid", text)));
    }
  }
}
