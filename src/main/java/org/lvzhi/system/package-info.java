/**
 * The platform every module lives in: sign-in and roles, named permissions and data scope, the page
 * layout and menu, languages, error handling and the demo-data switch.
 */
package org.lvzhi.system;
