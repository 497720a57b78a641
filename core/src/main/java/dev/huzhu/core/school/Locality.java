package dev.huzhu.core.school;

/** Where a school stands: 城区 (urban), 乡镇 (township) or 村 (village). */
public enum Locality {
  /** 城区. */
  URBAN,
  /** 乡镇. */
  TOWNSHIP,
  /** 村. */
  VILLAGE;

  /** Township and village schools are the rural side of an urban–rural pairing (城乡). */
  public boolean isRural() {
    return this != URBAN;
  }
}
