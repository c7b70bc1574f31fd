/**
 * Publicity (上稿): the committee's media outlets, each with its tier (central, provincial, city,
 * county), and the articles its members and staff place in them, counted by tier and period. Both
 * are plain registers; {@code web} holds the statistics page and its API.
 */
package org.lvzhi.publicity;
