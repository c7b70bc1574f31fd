package org.lvzhi.output;

/** The level of the body that adopted a report or whose leader gave an instruction on it. */
public enum AdoptionLevel {
  COUNTY,
  CITY,
  PROVINCE,
  NATIONAL
}
