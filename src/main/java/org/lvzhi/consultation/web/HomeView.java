package org.lvzhi.consultation.web;

import java.util.List;
import java.util.Map;
import org.lvzhi.consultation.OnlineConsultation;
import org.lvzhi.metric.MetricResult;

/** The consultation home: this year's meetings, suggestions by state, online consultations. */
public record HomeView(
    List<MetricResult.Source> meetings,
    Map<String, Long> byStatus,
    List<OnlineConsultation> online,
    boolean canCreate) {}
