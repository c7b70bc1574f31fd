/**
 * Notifications: in-app messages to accounts and members, with unread counts and a bell in the top
 * bar.
 */
package org.lvzhi.notification;
