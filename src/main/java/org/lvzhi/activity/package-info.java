/**
 * Activities: one model for every event that happens on a date with participants — meetings,
 * consultations, study tours, research, inspections, investment trips, trainings, reading sessions
 * — with invitations, leave, check-in and attendance, from which participant-times and each
 * member's duty record are counted. {@link org.lvzhi.activity.Activity} and {@link
 * org.lvzhi.activity.Participation} are typed aggregates with one store each; their moves publish
 * the events in this package ({@link org.lvzhi.activity.LeaveRequested} …), and the module's
 * notices listen to them.
 */
package org.lvzhi.activity;
