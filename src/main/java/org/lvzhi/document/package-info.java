/**
 * Word documents in the style of official documents (公文): a cover with the title, a table of
 * contents, headings numbered 一、 and （一）, 仿宋 body text and page numbers — for bulletins of opinion
 * reports and the compilations of proposals. {@link org.lvzhi.document.OfficialDocument} is the
 * module's whole API.
 */
package org.lvzhi.document;
