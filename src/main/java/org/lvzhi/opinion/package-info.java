/**
 * Public-opinion reports (社情民意信息) and the bulletins (刊物) that publish them. A report ({@link
 * org.lvzhi.opinion.OpinionReport}) is saved and submitted by a member, screened by the office (not
 * adopted, or edited with the editor's text kept beside the original), reviewed, signed off by a
 * leader and published when the numbered bulletin issue compiling it is published; adoptions and
 * leaders' instructions are recorded afterwards through {@code output}'s adoptions. Each aggregate
 * has one store; the registers are their read models (ADR 6); moves publish the events here, on
 * which the module's notices tell the next person. Pages, panels and API live in {@code web}.
 */
package org.lvzhi.opinion;
