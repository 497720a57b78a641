package dev.huzhu.evaluation.subject;

/** What kind of group an assessed subject (考核对象) is. */
public enum SubjectKind {
  /** A team: a 中心教研组, 学科联盟, 校长工作室, …. */
  TEAM,
  /** A 双结对 party pairing. */
  PARTY_PAIRING,
  /** An exchange: a 交流教师, a principal 跟岗, a cadre 双向学习. */
  EXCHANGE,
  /** A school of the selected localities (城区, 乡镇, 村). */
  SCHOOL,
  /** A community (城乡互助共同体): its core school and member schools together. */
  COMMUNITY,
  /** A pupil pairing (手拉手结对子), of pupils or of families. */
  STUDENT_PAIRING
}
