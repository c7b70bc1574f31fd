/**
 * Activities: one model for every event that happens on a date with participants — meetings,
 * consultations, study tours, research, inspections, investment trips, trainings, reading sessions —
 * with invitations, leave, check-in and attendance, from which participant-times and each member's
 * duty record are counted.
 */
package org.lvzhi.activity;
