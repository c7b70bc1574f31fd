package org.lvzhi.rectification.web;

import org.lvzhi.rectification.Rectifications;
import org.lvzhi.rectification.SourcePanels;
import org.lvzhi.rectification.SourceType;
import org.lvzhi.register.RecordPanel;
import org.springframework.stereotype.Component;

/** The problems panels, rendered with the module's views. */
@Component
class SourcePanelFactory implements SourcePanels {

  private final RectificationViews views;

  SourcePanelFactory(RectificationViews views) {
    this.views = views;
  }

  @Override
  public RecordPanel panel(Rectifications rectifications, SourceType type) {
    return new SourcePanel(rectifications, views, type);
  }
}
