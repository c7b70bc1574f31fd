package org.lvzhi.report;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The report's settings: {@code lvzhi.report.pdf-font}, the CJK font the .pdf embeds (a .ttf, .otf
 * or .ttc, whose first face is taken); blank to look for a common system one.
 */
@ConfigurationProperties("lvzhi.report")
record ReportProperties(String pdfFont) {}
