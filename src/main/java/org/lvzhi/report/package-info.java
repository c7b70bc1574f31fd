/**
 * The generated progress report (工作进展情况): sentence templates a clerk edits, grouped in sections,
 * filled from the metric catalogue for a period into Chinese prose, edited and saved as versions,
 * compared, and exported as .docx and .pdf. Reads numbers only from the metric catalogue.
 */
package org.lvzhi.report;
