/**
 * Registers: the one piece that serves every plain register (sectors, units, members, accounts …).
 * A module describes a {@link org.lvzhi.register.RecordType}; this module gives it list pages with
 * search, filters, sorting and paging, Excel export, all-or-nothing import, forms with validation,
 * optimistic locking, data scope, history, and the same through the REST API.
 */
package org.lvzhi.register;
