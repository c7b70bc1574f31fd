/**
 * The metric catalogue: named, countable facts that modules contribute (activities held,
 * participant-times, provinces visited …), each computed for a period and filters, with the records
 * behind the number. Targets, the dashboard, the report and duty points read numbers only from
 * here.
 */
package org.lvzhi.metric;
