/**
 * Small value types every module uses: exact money ({@link org.lvzhi.shared.Amount}), the one
 * percentage rule ({@link org.lvzhi.shared.Percent}) and paging.
 */
@org.springframework.modulith.ApplicationModule(
    type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.lvzhi.shared;
