package org.lvzhi.investment;

/** The industry a project belongs to. */
public enum Industry {
  AGRICULTURE_FOOD,
  MANUFACTURING,
  BUILDING_MATERIALS,
  CULTURE_TOURISM,
  LOGISTICS,
  NEW_ENERGY,
  HEALTH,
  ELECTRONICS,
  SERVICES,
  OTHER
}
