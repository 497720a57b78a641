package dev.huzhu.evaluation.report;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A person's bundled points (捆绑 → 量化考核, 评优晋级优先): the maximum or the sum of their
 * sources, as the policy says. The name is absent for students and parents, who appear by id only.
 * Immutable and thread-safe.
 */
@Value.Immutable
public abstract class PersonalPoints {
  public abstract String person();

  public abstract Optional<String> name();

  public abstract BigDecimal points();

  public abstract ImmutableList<PointSource> sources();

  public static ImmutablePersonalPoints.Builder builder() {
    return ImmutablePersonalPoints.builder();
  }
}
