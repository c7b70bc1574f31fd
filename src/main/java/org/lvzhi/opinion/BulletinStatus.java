package org.lvzhi.opinion;

/** An issue being compiled (DRAFT) or out (PUBLISHED). */
public enum BulletinStatus {
  DRAFT,
  PUBLISHED
}
