package org.lvzhi.system;

import java.util.List;

/** Implemented by each module (as a bean) to add its pages to the sidebar. */
public interface MenuContribution {

  List<MenuItem> menuItems();
}
