/** The one way the app reads imported .xlsx/.csv files and writes .xlsx exports and templates. */
package org.lvzhi.spreadsheet;
