package dev.huzhu.evaluation.policy;

/** Whether an adjustment adds points (加分) or takes them away (扣分). */
public enum AdjustmentType {
  /** 加分. */
  BONUS,
  /** 扣分. */
  DEDUCTION
}
