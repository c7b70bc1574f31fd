package org.lvzhi.system;

import java.util.List;

/** What the home page shows: what waits for the user, then their shortcuts. */
public record HomePage(List<HomeContribution.Waiting> waiting, List<MenuItem> shortcuts) {}
