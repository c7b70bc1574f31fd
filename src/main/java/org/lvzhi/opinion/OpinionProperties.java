package org.lvzhi.opinion;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code lvzhi.opinion.*}: the longest report text ({@code max-length}, characters), the names of
 * the committee's bulletins ({@code bulletin-names}, the first is the default), and whether office
 * staff may sign reports off as leaders do ({@code staff-signs-off}).
 */
@ConfigurationProperties("lvzhi.opinion")
public record OpinionProperties(
    @DefaultValue("1500") int maxLength,
    @DefaultValue("社情民意") List<String> bulletinNames,
    @DefaultValue("false") boolean staffSignsOff) {

  public OpinionProperties {
    if (maxLength < 100 || maxLength > 10000) {
      throw new IllegalArgumentException(
          "lvzhi.opinion.max-length must be 100–10000: " + maxLength);
    }
    if (bulletinNames == null || bulletinNames.isEmpty()) {
      throw new IllegalArgumentException("lvzhi.opinion.bulletin-names needs at least one name");
    }
    bulletinNames = List.copyOf(bulletinNames);
  }
}
