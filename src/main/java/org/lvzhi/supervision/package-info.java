/**
 * Democratic supervision (民主监督): the year's plan, the squads (监督小分队) led by party-group members,
 * their visits to departments and enterprises (activities of the SUPERVISION category), the
 * problems they find (each a rectification item of the shared loop), and the outcomes linked to
 * them.
 *
 * <p>Plans and squads are plain registers; a visit ({@code SupervisionVisit}) and a finding ({@code
 * Finding}) are typed aggregates written only by their stores, listed by the register engine (ADR
 * 6, ADR 11). {@code web} holds the pages and the API.
 */
package org.lvzhi.supervision;
