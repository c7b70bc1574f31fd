/**
 * History: the append-only trail of who did what to which record, with old and new values. Every
 * module records its creates, updates, deletes and workflow moves here, and shows them from here.
 */
package org.lvzhi.history;
