/**
 * The activity module's pages and API: controllers, the participants and outcomes panels of an
 * activity's page, the check-in QR code, the month calendar, and what they show. They call the
 * module's base package (its API) and never each other as services.
 */
package org.lvzhi.activity.web;
