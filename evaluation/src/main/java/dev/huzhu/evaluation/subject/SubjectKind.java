package dev.huzhu.evaluation.subject;

/** What kind of group an assessed subject is. */
public enum SubjectKind {
  /** A team: a 中心教研组, 学科联盟, 校长工作室, …. */
  TEAM,
  /** A 双结对 party pairing. */
  PARTY_PAIRING,
  /** An exchange: a 交流教师, a principal 跟岗, a cadre 双向学习. */
  EXCHANGE
}
