package dev.huzhu.testkit.internal;

import dev.huzhu.core.Dataset;
import org.immutables.value.Value;

/**
 * What shrinking made of a failing dataset: the smallest one found that still fails, how many
 * candidates were re-checked, how many of them were kept as smaller failures, and whether the
 * bound on re-checks stopped it early. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class ShrinkResult {
  /** The smallest failing dataset found; valid. */
  public abstract Dataset dataset();

  /** Candidates re-checked (the steps the bound counts). */
  public abstract int steps();

  /** Candidates that still failed and were kept. */
  public abstract int reductions();

  /** Whether shrinking stopped at the bound rather than because nothing more could go. */
  public abstract boolean exhausted();

  /** A builder of a shrink result. */
  public static ImmutableShrinkResult.Builder builder() {
    return ImmutableShrinkResult.builder();
  }
}
