package org.lvzhi.account;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code lvzhi.admin.password} (environment: {@code LVZHI_ADMIN_PASSWORD}): the first
 * administrator's password.
 */
@ConfigurationProperties("lvzhi.admin")
record AdminProperties(String password) {}
