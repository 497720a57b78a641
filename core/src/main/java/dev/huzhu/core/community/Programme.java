package dev.huzhu.core.community;

/** The authority's programme behind a policy-assigned alliance. */
public enum Programme {
  /** 捆绑帮扶. */
  BUNDLED_SUPPORT,
  /** 领雁工程. */
  LEAD_GOOSE,
  /** 手拉手. */
  HAND_IN_HAND,
  /** 其他. */
  OTHER
}
