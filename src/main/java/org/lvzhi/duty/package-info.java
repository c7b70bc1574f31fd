/**
 * The duty record (履职档案): per member and year, everything the member did, gathered from the
 * sections other modules contribute (attendance, self-reported duty, later proposals, reports and
 * publications), shown on a phone, printed, and exported to Excel.
 */
package org.lvzhi.duty;
