package dev.huzhu.core.pairing;

/** Who is paired in 手拉手结对子. */
public enum StudentPairingKind {
  /** 学生与学生结对. */
  STUDENTS,
  /** 家庭与家庭结对. */
  FAMILIES
}
