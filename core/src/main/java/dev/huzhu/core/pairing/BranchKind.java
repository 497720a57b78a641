package dev.huzhu.core.pairing;

/** Which side of 城乡党组织双结对 a party branch is on. */
public enum BranchKind {
  /** 县直单位党支部. */
  COUNTY_UNIT,
  /** 村党支部. */
  VILLAGE
}
