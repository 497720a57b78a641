package dev.huzhu.core.score;

/** The tests whose improvement (提高幅度) is a group's outcome. */
public enum TestKind {
  /** 教学质量检测. */
  QUALITY_TEST,
  /** 质量抽测. */
  SPOT_CHECK
}
