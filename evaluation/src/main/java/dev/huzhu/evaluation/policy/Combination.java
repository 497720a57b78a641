package dev.huzhu.evaluation.policy;

/**
 * How a person's bundled points combine when they carry several assessed subjects: 取最高
 * ({@link #MAX}) or 累加 ({@link #SUM}).
 */
public enum Combination {
  /** The largest of their bundled points. The default. */
  MAX,
  /** The sum of their bundled points. */
  SUM
}
