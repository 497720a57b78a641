package dev.huzhu.core.school;

/** The stage of schooling a school offers. */
public enum Stage {
  /** 小学, grades 1–6. */
  PRIMARY,
  /** 九年一贯制 (e.g. 杨米涧九年制学校), grades 1–9. */
  NINE_YEAR,
  /** 初中, grades 7–9. */
  JUNIOR_SECONDARY
}
