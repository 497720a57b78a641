package dev.huzhu.core.activity;

/** The steps of 同课异构 preparation, in the order the seed prescribes. */
public enum PreparationStage {
  /** 个人主备. */
  INDIVIDUAL,
  /** 集体研讨. */
  COLLECTIVE,
  /** 主备人修改. */
  REVISION,
  /** 中心教研组把关. */
  GROUP_REVIEW,
  /** 个性修改. */
  PERSONALIZATION
}
