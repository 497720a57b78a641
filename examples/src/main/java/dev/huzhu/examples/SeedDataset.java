package dev.huzhu.examples;

import dev.huzhu.core.Dataset;
import dev.huzhu.core.ImmutableDataset;
import java.time.LocalDate;

/**
 * The seed's five documents as one valid {@link Dataset}: 靖边六小's community and its 2012-11-13
 * 送教下乡 day; 诸城市实验小学's community with its 领导小组, exchange teachers, shadowing
 * principals, 学科中心教研组 and their term of work and test scores, 班主任工作论坛, 党员送教下乡
 * and 手拉手结对子; 巴南区's voluntary community with all five kinds of team; 济宁学院附小科苑校区's
 * 手拉手 with 接庄十里营小学; and XX镇's 城乡党组织党员双结对.
 *
 * <p>Every fact the seed states (schools, names, dates, the 四千余元 donation, the five exchange
 * teachers and their monthly duties, the 同课异构 pipeline) is kept as stated. Where the seed is
 * silent the data fills in the least surprising value and says so in a comment: a community's
 * founding date, how many pupils sat a test, which member school hosted a visit. People the seed
 * does not name are named by their post ({@code 靖边六小校长}), so that no invented person passes
 * for a real one; the two exchange teachers the seed counts but does not name are the exception
 * the examples' brief asked for. Pupils and parents have neutral placeholder names and are never
 * printed.
 *
 * <p>{@link #dataset()} validates clean: {@code SeedDataset.dataset().validate()} is empty. The
 * dataset is built once and shared; like every huzhu value it is immutable and thread-safe.
 */
public final class SeedDataset {
  /** 诸城's exchange term (本学期); also the period of the built-in bundled-assessment policy. */
  public static final LocalDate TERM_START = LocalDate.of(2012, 9, 1);

  /** The last day of 诸城's exchange term. */
  public static final LocalDate TERM_END = LocalDate.of(2013, 1, 31);

  private static final Dataset DATASET = build();

  private SeedDataset() {}

  /** The seed's structures, activities and scores; valid, built once, immutable. */
  public static Dataset dataset() {
    return DATASET;
  }

  private static Dataset build() {
    ImmutableDataset.Builder data = Dataset.builder();
    Jingbian.addTo(data);
    Zhucheng.addTo(data);
    Banan.addTo(data);
    Jining.addTo(data);
    DoublePairing.addTo(data);
    return data.build();
  }
}
