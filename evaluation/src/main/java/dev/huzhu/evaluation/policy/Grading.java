package dev.huzhu.evaluation.policy;

import com.google.common.collect.ImmutableList;
import dev.huzhu.evaluation.report.SubjectResult;
import java.math.BigDecimal;
import java.util.List;
import org.immutables.value.Value;

/**
 * How totals become bands (等级): bands listed best first, the last with {@code minTotal} 0 and no
 * quota. {@link #assign(List)} holds the whole rule: seats (名额) from the quotas, the walk in
 * order, the veto's last band. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Grading {
  @Value.Default
  public QuotaRounding quotaRounding() {
    return QuotaRounding.FLOOR;
  }

  public abstract ImmutableList<Band> bands();

  public static ImmutableGrading.Builder builder() {
    return ImmutableGrading.builder();
  }

  /**
   * The band of each subject. A band with a quota has {@code quota × N} seats, N the number of
   * subjects, rounded by {@link #quotaRounding()}; a band without one has no limit. Walking the
   * subjects in the order given, each gets the first band whose {@code minTotal} its total
   * reaches and that has a seat left, and takes that seat. A vetoed subject (一票否决) gets the
   * last band and takes no seat.
   *
   * @param ordered every assessed subject, in the report's order (total first)
   * @return one band per subject, in the same order
   */
  public ImmutableList<Band> assign(List<? extends SubjectResult> ordered) {
    List<Band> bands = bands();
    int[] seats = new int[bands.size()];
    for (int b = 0; b < seats.length; b++) {
      seats[b] = seats(bands.get(b), ordered.size());
    }
    Band last = bands.get(bands.size() - 1);
    ImmutableList.Builder<Band> assigned = ImmutableList.builderWithExpectedSize(ordered.size());
    for (SubjectResult subject : ordered) {
      Band chosen = last;
      if (!subject.vetoed()) {
        for (int b = 0; b < bands.size(); b++) {
          if (subject.total().compareTo(bands.get(b).minTotal()) >= 0 && seats[b] > 0) {
            chosen = bands.get(b);
            seats[b]--;
            break;
          }
        }
      }
      assigned.add(chosen);
    }
    return assigned.build();
  }

  /** A band's seats among n subjects; a band without a quota never runs out. */
  private int seats(Band band, int n) {
    return band.quota().map(q -> q.multiply(BigDecimal.valueOf(n))
        .setScale(0, quotaRounding().mode()).intValueExact()).orElse(Integer.MAX_VALUE);
  }

  /** A copy with its rounding of quota seats replaced. */
  public Grading withQuotaRounding(QuotaRounding value) {
    return ImmutableGrading.copyOf(this).withQuotaRounding(value);
  }

  /** A copy with its bands replaced, in the order given. */
  public Grading withBands(Iterable<? extends Band> values) {
    return ImmutableGrading.copyOf(this).withBands(values);
  }

  /** A band by its id ({@code EXCELLENT}). */
  public java.util.Optional<Band> band(String id) {
    return bands().stream().filter(b -> b.id().equals(id)).findFirst();
  }

  /**
   * A copy with the band of the same id replaced by this one, in its place: one quota changed is
   * {@code grading.withBand(grading.band("EXCELLENT").get().withQuota(new BigDecimal("0.5")))}.
   *
   * @throws dev.huzhu.core.UnknownIdException when no band has the id
   */
  public Grading withBand(Band band) {
    if (band(band.id()).isEmpty()) {
      throw new dev.huzhu.core.UnknownIdException("band", band.id(), "the grading");
    }
    return withBands(bands().stream().map(b -> b.id().equals(band.id()) ? band : b).toList());
  }
}
