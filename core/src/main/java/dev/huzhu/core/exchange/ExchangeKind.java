package dev.huzhu.core.exchange;

/** The kinds of exchange of people between schools or units. */
public enum ExchangeKind {
  /** 教师交流: a teacher serving a term at another school of the community. */
  TEACHING_EXCHANGE,
  /** 跟岗学习: e.g. village principals rotating through the core school. */
  SHADOWING,
  /** 城乡干部双向学习: county cadres to villages, township cadres to county units. */
  CADRE_EXCHANGE
}
