/** The pages and API of publicity beyond its registers: the statistics by tier and month. */
package org.lvzhi.publicity.web;
