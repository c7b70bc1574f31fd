/**
 * The organisation registry: the committee, its terms (届) and sessions (次会议), sectors (界别), special
 * committees (专委会), units (单位) and members (委员).
 */
package org.lvzhi.organisation;
