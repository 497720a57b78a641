package dev.huzhu.core.activity;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Optional;

/**
 * The numeric quantities an activity may carry. Counts are whole numbers; a rating is a lesson's
 * score on an observation rubric (the 品牌课/达标课评分标准), from 0 to 100. None is negative.
 * The identifiers ({@code lessons}, {@code amountYuan}, …) are part of the file contract.
 */
public enum Quantity {
  /** 讲课节数. */
  LESSONS("lessons", true, null),
  /** 材料份数 (交流材料、通用教案、课件). */
  MATERIALS("materials", true, null),
  /** 金额 in yuan (协调资金, 捐赠). */
  AMOUNT_YUAN("amountYuan", false, null),
  /** 帮扶人数. */
  PEOPLE_HELPED("peopleHelped", true, null),
  /** 解决就业人数. */
  JOBS("jobs", true, null),
  /** 件数 (物资, 实事). */
  ITEMS("items", true, null),
  /** A rubric score, 0–100. */
  RATING("rating", false, new BigDecimal(100));

  private final String identifier;
  private final boolean whole;
  private final BigDecimal maximum;

  Quantity(String identifier, boolean whole, BigDecimal maximum) {
    this.identifier = identifier;
    this.whole = whole;
    this.maximum = maximum;
  }

  /** The name used in files and policies: {@code lessons}, {@code amountYuan}. */
  public String identifier() {
    return identifier;
  }

  /** Whether the quantity counts things and so must be a whole number. */
  public boolean isWhole() {
    return whole;
  }

  /** The largest value allowed, if bounded. */
  public Optional<BigDecimal> maximum() {
    return Optional.ofNullable(maximum);
  }

  /** The quantity with that identifier. */
  public static Optional<Quantity> parse(String identifier) {
    return Arrays.stream(values()).filter(q -> q.identifier.equals(identifier)).findFirst();
  }

  @Override
  public String toString() {
    return identifier;
  }
}
