package dev.huzhu.core.pairing;

/** What a village most needs, as the seed classes villages for 专业对口. */
public enum VillageType {
  /** 软(弱)村: a weak branch. */
  WEAK,
  /** 乱村: a disorderly village. */
  DISORDERLY,
  /** 穷村: a poor village. */
  POOR,
  /** 专业村: a village of one speciality. */
  SPECIALIZED,
  /** 一般村: none of the above. */
  ORDINARY
}
