package org.lvzhi.rectification;

import org.lvzhi.register.RecordPanel;

/**
 * Makes the problems panel of a source record's page ({@link Rectifications#panel}); implemented by
 * the module's web layer, which renders it, so the service knows no web type.
 */
public interface SourcePanels {

  RecordPanel panel(Rectifications rectifications, SourceType type);
}
