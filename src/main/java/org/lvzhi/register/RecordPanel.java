package org.lvzhi.register;

/**
 * A part of a record's page that its module renders itself (an activity's participants, say), shown
 * below the fields. Returns finished HTML, rendered by the module's own template.
 */
@FunctionalInterface
public interface RecordPanel {

  String html(long recordId);
}
