package org.lvzhi.output;

import org.lvzhi.register.RecordPanel;

/**
 * Renders the adoptions panel of an owner's record pages; implemented by the module's web layer.
 */
public interface AdoptionPanels {

  RecordPanel panel(String ownerType);
}
