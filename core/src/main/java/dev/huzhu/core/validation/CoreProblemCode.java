package dev.huzhu.core.validation;

/**
 * The problems the domain core finds: in one value as it is built ({@code InvalidValueException})
 * or across a whole dataset ({@link DatasetValidator}). The identifiers are stable.
 */
public enum CoreProblemCode implements ProblemCode {
  // ---- one value, thrown while building it
  /** An id that is empty or contains white space or control characters. */
  INVALID_ID,
  /** A name or other required text that is blank. */
  BLANK_TEXT,
  /** A grade outside 1–9. */
  INVALID_GRADE,
  /** A field that the value's kind requires is absent (a research group without its subject). */
  MISSING_FIELD,
  /** A field that does not belong to the value's kind (a village type on a county-unit branch). */
  FIELD_NOT_ALLOWED,

  // ---- across the dataset, reported by DatasetValidator
  /** Two elements share an id. */
  DUPLICATE_ID,
  /** An id that names nothing in the dataset, or something of the wrong kind. */
  UNKNOWN_REFERENCE,
  /** A party branch of the wrong kind: a county unit where a village is needed, or the reverse. */
  WRONG_BRANCH_KIND,
  /** A community lists its core school among its members. */
  CORE_SCHOOL_AS_MEMBER,
  /** A community names the same member school twice. */
  DUPLICATE_MEMBER_SCHOOL,
  /** A community ends before it was established. */
  ENDED_BEFORE_ESTABLISHED,
  /** A school belongs to two communities over overlapping dates. */
  SCHOOL_IN_TWO_COMMUNITIES,
  /** A team member whose school is neither the community's core school nor one of its members. */
  MEMBER_OUTSIDE_COMMUNITY,
  /**
   * An id repeated where each must appear once: an activity credited twice to the same group, a
   * person listed twice among an activity's participants, a school a deputy represents twice or
   * that is their own.
   */
  DUPLICATE_REFERENCE,
  /** A person listed twice in one team. */
  DUPLICATE_TEAM_MEMBER,
  /** A team without exactly one {@code LEADER} or {@code HOST}. */
  LEADER_COUNT,
  /** A subject research group whose leader is not a teacher of the community's core school. */
  LEADER_NOT_FROM_CORE_SCHOOL,
  /** A deputy (副组长) who is not from a member school, or represents a school outside them. */
  DEPUTY_NOT_FROM_MEMBER_SCHOOL,
  /** Two deputies of one team for the same member school. */
  TWO_DEPUTIES_FROM_ONE_SCHOOL,
  /** An exchange whose from-place and to-place are the same. */
  EXCHANGE_TO_SAME_PLACE,
  /** An exchange whose person does not belong to the school or unit it leaves from. */
  EXCHANGE_NOT_FROM_HOME,
  /** An exchange whose term ends before it starts. */
  INVERTED_TERM,
  /** A student pairing whose urban side is not at an urban school, or rural side not rural. */
  PAIRING_NOT_URBAN_RURAL,
  /**
   * A person of the wrong kind: a teacher where a pupil is needed in a pairing, a non-member of
   * the party in a member pair, a research group led by someone who does not teach.
   */
  WRONG_PERSON_ROLE,
  /** A party pairing with no unit branch or more than three. */
  UNIT_BRANCH_COUNT,
  /** A party pairing naming the same unit branch twice. */
  DUPLICATE_UNIT_BRANCH,
  /** A member pair or resident cadre who does not belong to the pairing's branches. */
  PERSON_OUTSIDE_PAIRING,
  /** An activity credited to no group at all. */
  NOT_CREDITED,
  /** A quantity below zero. */
  NEGATIVE_QUANTITY,
  /** A quantity above its bound (a rating above 100) or a count that is not a whole number. */
  QUANTITY_OUT_OF_RANGE,
  /** An activity that follows up itself. */
  FOLLOW_UP_OF_ITSELF,
  /** An activity that follows up an activity dated after it. */
  FOLLOW_UP_OF_LATER_ACTIVITY,
  /** A score record with a non-positive count of students or full mark, or a value out of range. */
  SCORE_OUT_OF_RANGE,
  /** Two score records for the same school, grade, subject, test and phase. */
  DUPLICATE_SCORE_RECORD
}
