/** The duty record's pages, printable page, Excel download and API. */
package org.lvzhi.duty.web;
