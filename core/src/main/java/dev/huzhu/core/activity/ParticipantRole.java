package dev.huzhu.core.activity;

/** What a person did in an activity. */
public enum ParticipantRole {
  /** The one who taught, prepared or led it (开课人、主讲人、带队). */
  LEAD,
  /** Anyone else who took part. */
  PARTICIPANT
}
