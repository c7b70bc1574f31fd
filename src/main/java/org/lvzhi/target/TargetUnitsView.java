package org.lvzhi.target;

import java.util.List;

/** The units a target may be counted in, for forms and the API. */
public final class TargetUnitsView {

  public static final List<String> ALL = TargetUnits.ALL;

  private TargetUnitsView() {}
}
