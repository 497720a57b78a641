package dev.huzhu.core.school;

/** A school subject (学科). */
public enum SchoolSubject {
  /** 语文. */
  CHINESE,
  /** 数学. */
  MATH,
  /** 英语. */
  ENGLISH,
  /** 科学. */
  SCIENCE,
  /** 道德与法治. */
  MORALITY_AND_LAW,
  /** 音乐. */
  MUSIC,
  /** 美术. */
  ART,
  /** 体育. */
  PE,
  /** 信息技术. */
  INFORMATION_TECHNOLOGY,
  /** 其他. */
  OTHER
}
