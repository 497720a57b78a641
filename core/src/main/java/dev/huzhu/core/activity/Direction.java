package dev.huzhu.core.activity;

/** Which way a sent lesson (送课) went. */
public enum Direction {
  /** 送教下乡: an urban teacher's lesson in a rural school. */
  URBAN_TO_RURAL,
  /** A village teacher's lesson sent to town (村小教师来城区送课). */
  RURAL_TO_URBAN
}
