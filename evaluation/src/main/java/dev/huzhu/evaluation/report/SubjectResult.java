package dev.huzhu.evaluation.report;

import com.google.common.collect.ImmutableList;
import dev.huzhu.evaluation.subject.SubjectKind;
import dev.huzhu.evaluation.subject.SubjectMember;
import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One assessed subject's result: its place in the order, its competition rank on the total, the
 * total, its band, whether a veto struck it, and every section, metric, adjustment and veto that
 * made the total. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class SubjectResult {
  public abstract String id();

  public abstract SubjectKind kind();

  public abstract String label();

  /** 1 for the first subject in the report's order, 2 for the next, …. */
  public abstract int order();

  /** The competition rank on the total alone: 1, 2, 2, 4. */
  public abstract int rank();

  /** max(0, sections + bonuses − deductions), with 2 places. */
  public abstract BigDecimal total();

  /** The identifier of its band; absent when the policy has no grading. */
  public abstract Optional<String> band();

  public abstract Optional<String> bandLabel();

  public abstract boolean vetoed();

  public abstract ImmutableList<SectionResult> sections();

  public abstract ImmutableList<AdjustmentResult> adjustments();

  public abstract ImmutableList<VetoResult> vetoes();

  public abstract ImmutableList<SubjectMember> members();

  public static ImmutableSubjectResult.Builder builder() {
    return ImmutableSubjectResult.builder();
  }

  /** A metric's result by id. */
  public Optional<MetricResult> metric(String id) {
    return sections().stream().flatMap(s -> s.metrics().stream()).filter(m -> m.id().equals(id))
        .findFirst();
  }

  /** A section's result by id. */
  public Optional<SectionResult> section(String id) {
    return sections().stream().filter(s -> s.id().equals(id)).findFirst();
  }
}
