/**
 * Consultation (协商): the suggestions made at consultation meetings (activities whose type has
 * category CONSULTATION), at any other activity and in online consultations (网络议政), each a {@link
 * org.lvzhi.consultation.Suggestion} followed up with the department that answers it (adopted,
 * being implemented, not adopted); the units taking part in a meeting; online consultations opened
 * to members for a window, with comments staff may hide, closed with a summary whose suggestions
 * enter the same follow-up. Other modules use {@link org.lvzhi.consultation.Suggestions}. Pages and
 * API live in {@code web}.
 */
package org.lvzhi.consultation;
