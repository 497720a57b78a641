package dev.huzhu.io.internal.report;

import com.google.common.collect.ImmutableList;
import dev.huzhu.evaluation.measure.Evidence;
import dev.huzhu.evaluation.policy.AdjustmentType;
import dev.huzhu.evaluation.report.AdjustmentResult;
import dev.huzhu.evaluation.report.Comparison;
import dev.huzhu.evaluation.report.ImmutableAdjustmentResult;
import dev.huzhu.evaluation.report.ImmutableComparison;
import dev.huzhu.evaluation.report.ImmutableMetricResult;
import dev.huzhu.evaluation.report.ImmutableVetoResult;
import dev.huzhu.evaluation.report.MetricResult;
import dev.huzhu.evaluation.report.VetoResult;
import dev.huzhu.io.IoProblemCode;
import dev.huzhu.io.document.Fields;
import dev.huzhu.io.document.Node;
import dev.huzhu.io.document.Reader;
import dev.huzhu.io.document.Readers;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The readers of the results that carry a raw value and its records (metrics, adjustments,
 * vetoes), and the small readers the report's elements share.
 */
final class ResultReaders {
  /** A whole number from 1: an order or a rank. */
  static final Reader<Integer> POSITIVE = (node, path, problems) ->
      Readers.INT.read(node, path, problems).filter(n -> {
        if (n < 1) {
          problems.add(IoProblemCode.BAD_NUMBER, path, node,
              "expected a whole number from 1, found " + n);
          return false;
        }
        return true;
      });

  /** A count of records: a whole number from 0. */
  static final Reader<Long> COUNT = (node, path, problems) -> {
    if (!Readers.expect(node, Node.Type.NUMBER, path, problems)) {
      return Optional.empty();
    }
    BigDecimal n = node.number();
    try {
      long count = n.longValueExact();
      if (count >= 0) {
        return Optional.of(count);
      }
    } catch (ArithmeticException e) {
      // reported below with the other numbers that are not counts
    }
    problems.add(IoProblemCode.BAD_NUMBER, path, node, n.toPlainString().length() > 20
        ? "expected a count (a whole number from 0), found a number out of range"
        : "expected a count (a whole number from 0), found " + n.toPlainString());
    return Optional.empty();
  };

  /** The records behind a raw value: their ids (all, or the first ones) and how many in all. */
  static final Reader<Evidence> EVIDENCE = object("the records", f -> {
    Optional<ImmutableList<String>> ids = f.required("ids", Readers.list(Readers.STRING));
    Optional<Long> count = f.required("count", COUNT);
    if (ids.isPresent() && count.isPresent() && count.get() < ids.get().size()) {
      f.problems().add(IoProblemCode.INVALID_VALUE, f.path().field("count"), f.field("count").get(),
          "the count " + count.get() + " is less than the " + ids.get().size() + " ids listed");
    }
    return f.build(() -> Evidence.of(ids.get(), count.get()));
  });

  /** What a comparative scoring compared a value with: n, and min and max, rank or best. */
  static final Reader<Comparison> COMPARISON = object("a comparison", f -> {
    ImmutableComparison.Builder b = Comparison.builder();
    f.required("n", Readers.INT, b::n);
    f.optional("min", Readers.DECIMAL, b::min);
    f.optional("max", Readers.DECIMAL, b::max);
    f.optional("rank", POSITIVE, b::rank);
    f.optional("best", Readers.DECIMAL, b::best);
    return f.build(b::build);
  });

  static final Reader<MetricResult> METRIC = object("a metric result", f -> {
    ImmutableMetricResult.Builder b = MetricResult.builder();
    f.required("id", Readers.STRING, b::id);
    f.required("label", Readers.STRING, b::label);
    f.required("maxPoints", Readers.DECIMAL, b::maxPoints);
    f.required("points", Readers.DECIMAL, b::points);
    valueAndMissing(f, "the metric", b::value);
    f.optional("comparison", COMPARISON, b::comparison);
    f.required("records", EVIDENCE, b::evidence);
    return f.build(b::build);
  });

  static final Reader<AdjustmentResult> ADJUSTMENT = object("an adjustment result", f -> {
    ImmutableAdjustmentResult.Builder b = AdjustmentResult.builder();
    f.required("id", Readers.STRING, b::id);
    f.required("label", Readers.STRING, b::label);
    f.required("type", Readers.enumOf(AdjustmentType.class), b::type);
    f.required("points", Readers.DECIMAL, b::points);
    valueAndMissing(f, "the adjustment", b::value);
    f.required("records", EVIDENCE, b::evidence);
    return f.build(b::build);
  });

  static final Reader<VetoResult> VETO = object("a veto result", f -> {
    ImmutableVetoResult.Builder b = VetoResult.builder();
    f.required("id", Readers.STRING, b::id);
    f.required("label", Readers.STRING, b::label);
    f.required("triggered", Readers.BOOLEAN, b::triggered);
    valueAndMissing(f, "the veto", b::value);
    f.required("records", EVIDENCE, b::evidence);
    return f.build(b::build);
  });

  private ResultReaders() {}

  /** A reader of an object whose fields {@code decode} asks for; {@code what} names it in messages. */
  static <T> Reader<T> object(String what, Function<Fields, Optional<T>> decode) {
    return (node, path, problems) -> Fields.of(node, path, problems, what).flatMap(decode);
  }

  /**
   * Reads the optional raw {@code value} and the required {@code missing} flag: a file that says
   * a value is missing and gives one (or the other way round) contradicts itself, and neither
   * reading of it can be trusted.
   */
  private static void valueAndMissing(Fields f, String what, Consumer<BigDecimal> value) {
    f.optional("value", Readers.DECIMAL, value);
    boolean given = f.field("value").isPresent();
    Optional<Boolean> missing = f.required("missing", Readers.BOOLEAN);
    if (missing.isPresent() && missing.get() == given) {
      f.problems().add(IoProblemCode.INVALID_VALUE, f.path().field("missing"), f.field("missing").get(),
          given ? "\"missing\" is true, but " + what + " has a \"value\""
              : "\"missing\" is false, but " + what + " has no \"value\"");
    }
  }
}
