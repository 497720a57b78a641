package dev.huzhu.io.policy;

import com.google.common.collect.ImmutableSet;
import dev.huzhu.core.activity.ActivityKind;
import dev.huzhu.core.activity.Direction;
import dev.huzhu.core.activity.Quantity;
import dev.huzhu.core.person.Subject;
import dev.huzhu.core.score.Phase;
import dev.huzhu.core.score.TestKind;
import dev.huzhu.evaluation.measure.CountMeasure;
import dev.huzhu.evaluation.measure.DistinctKindsMeasure;
import dev.huzhu.evaluation.measure.DistinctMonthsMeasure;
import dev.huzhu.evaluation.measure.DistinctSchoolsMeasure;
import dev.huzhu.evaluation.measure.FilteredLogMeasure;
import dev.huzhu.evaluation.measure.FollowUpCoverageMeasure;
import dev.huzhu.evaluation.measure.ImprovementMeasure;
import dev.huzhu.evaluation.measure.ImprovementRateMeasure;
import dev.huzhu.evaluation.measure.LevelMeasure;
import dev.huzhu.evaluation.measure.LogMeasure;
import dev.huzhu.evaluation.measure.MeanMeasure;
import dev.huzhu.evaluation.measure.Measure;
import dev.huzhu.evaluation.measure.MonthlyComplianceMeasure;
import dev.huzhu.evaluation.measure.PerMemberMeasure;
import dev.huzhu.evaluation.measure.ProfessionalMatchMeasure;
import dev.huzhu.evaluation.measure.ScoreMeasure;
import dev.huzhu.evaluation.measure.ScoreValue;
import dev.huzhu.evaluation.measure.SumMeasure;
import dev.huzhu.io.IoProblemCode;
import dev.huzhu.io.tree.Decoding;
import dev.huzhu.io.tree.Fields;
import dev.huzhu.io.tree.Node;
import dev.huzhu.io.tree.Reader;
import dev.huzhu.io.tree.Readers;
import dev.huzhu.io.tree.Readers.Identifiers;
import dev.huzhu.io.tree.TreePath;
import dev.huzhu.io.tree.TreeReader;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Measures in a policy file (SPEC §3.2): an object whose {@code type} names the measure, looked up
 * in the fixed table below — never a class name — with exactly the fields of that measure.
 */
final class MeasureCodec {
  private MeasureCodec() {}

  static final Reader<ActivityKind> KIND = Readers.enumOf(ActivityKind.class);
  static final Identifiers<Quantity> QUANTITIES =
      Identifiers.of(Arrays.asList(Quantity.values()), Quantity::identifier);
  static final Identifiers<ScoreValue> SCORE_VALUES =
      Identifiers.of(Arrays.asList(ScoreValue.values()), ScoreValue::identifier);

  /** A decoder of one measure type, given the measure's fields (its {@code type} already read). */
  private interface Decoder {
    Optional<Measure> decode(Fields f);
  }

  private static final Map<String, Decoder> TYPES = new LinkedHashMap<>();

  static {
    TYPES.put("count", f -> {
      var b = CountMeasure.builder();
      filters(f, b::kinds, b::subject, b::grade, b::direction, b::tags);
      return f.build(b::build);
    });
    TYPES.put("sum", f -> {
      var b = SumMeasure.builder();
      f.required("quantity", Readers.identifiers(QUANTITIES), b::quantity);
      filters(f, b::kinds, b::subject, b::grade, b::direction, b::tags);
      return f.build(b::build);
    });
    TYPES.put("mean", f -> {
      var b = MeanMeasure.builder();
      f.required("quantity", Readers.identifiers(QUANTITIES), b::quantity);
      filters(f, b::kinds, b::subject, b::grade, b::direction, b::tags);
      return f.build(b::build);
    });
    TYPES.put("distinctMonths", f -> {
      var b = DistinctMonthsMeasure.builder();
      filters(f, b::kinds, b::subject, b::grade, b::direction, b::tags);
      return f.build(b::build);
    });
    TYPES.put("distinctSchools", f -> {
      var b = DistinctSchoolsMeasure.builder();
      filters(f, b::kinds, b::subject, b::grade, b::direction, b::tags);
      return f.build(b::build);
    });
    TYPES.put("distinctKinds", f -> {
      var b = DistinctKindsMeasure.builder();
      filters(f, b::kinds, b::subject, b::grade, b::direction, b::tags);
      return f.build(b::build);
    });
    TYPES.put("perMember", f -> {
      Optional<Measure> of = f.required("of", MeasureCodec::measure);
      if (of.isPresent() && !(of.get() instanceof LogMeasure)) {
        Node at = f.node().fields().get("of");
        f.problems().add(IoProblemCode.INVALID_VALUE, f.path().field("of"), at, "perMember divides"
            + " a measure of the activity log (count, sum, …), not " + of.get().type());
        // reports the fields perMember does not have; builds nothing after the problem above
        f.build(of::get);
        return Optional.empty();
      }
      return f.build(() -> PerMemberMeasure.of((LogMeasure) of.orElseThrow()));
    });
    TYPES.put("improvement", f -> {
      var b = ImprovementMeasure.builder();
      f.required("test", Readers.enumOf(TestKind.class), b::test);
      f.optional("of", Readers.identifiers(SCORE_VALUES), b::of);
      return f.build(b::build);
    });
    TYPES.put("improvementRate", f -> {
      var b = ImprovementRateMeasure.builder();
      f.required("test", Readers.enumOf(TestKind.class), b::test);
      f.optional("of", Readers.identifiers(SCORE_VALUES), b::of);
      return f.build(b::build);
    });
    TYPES.put("level", f -> {
      var b = LevelMeasure.builder();
      f.required("test", Readers.enumOf(TestKind.class), b::test);
      f.required("phase", Readers.enumOf(Phase.class), b::phase);
      f.optional("of", Readers.identifiers(SCORE_VALUES), b::of);
      return f.build(b::build);
    });
    TYPES.put("followUpCoverage", f -> {
      var b = FollowUpCoverageMeasure.builder();
      f.required("withinDays", Readers.INT, b::withinDays);
      filters(f, b::kinds, b::subject, b::grade, b::direction, b::tags);
      return f.build(b::build);
    });
    TYPES.put("monthlyCompliance", f -> {
      var b = MonthlyComplianceMeasure.builder();
      filters(f, b::kinds, b::subject, b::grade, b::direction, b::tags);
      return f.build(b::build);
    });
    TYPES.put("professionalMatch", f -> f.build(ProfessionalMatchMeasure::of));
  }

  /** The filters every log measure takes: an empty or absent {@code kinds} matches every kind. */
  private static void filters(Fields f, Consumer<ImmutableSet<ActivityKind>> kinds,
      Consumer<Subject> subject, Consumer<Integer> grade, Consumer<Direction> direction,
      Consumer<ImmutableSet<String>> tags) {
    f.optional("kinds", Readers.set(KIND), kinds);
    f.optional("subject", Readers.enumOf(Subject.class), subject);
    f.optional("grade", Readers.INT, grade);
    f.optional("direction", Readers.enumOf(Direction.class), direction);
    f.optional("tags", Readers.set(Readers.STRING), tags);
  }

  /** Decodes a measure by its {@code type}. */
  static Optional<Measure> measure(Node node, TreePath path, Decoding problems) {
    return Fields.of(node, path, problems, "a measure").flatMap(f -> {
      Optional<String> type = f.required("type", Readers.STRING);
      if (type.isEmpty()) {
        return Optional.empty();
      }
      Decoder decoder = TYPES.get(type.get());
      if (decoder == null) {
        problems.add(IoProblemCode.UNKNOWN_VALUE, path.field("type"), node.fields().get("type"),
            TreeReader.quote(type.get()) + " is not a measure; the measures are "
                + String.join(", ", TYPES.keySet()));
        return Optional.empty();
      }
      return decoder.decode(f);
    });
  }

  /**
   * Encodes a measure: its type, its kinds (always, so that {@code kinds: []} says "every kind"),
   * its own fields, then the other filters; a score measure's {@code of} only when it is not the
   * default {@code mean}, as SPEC §4 writes it.
   */
  static Node measure(Measure m) {
    Node n = Node.object().with("type", m.type());
    if (m instanceof FilteredLogMeasure) {
      FilteredLogMeasure f = (FilteredLogMeasure) m;
      Node kinds = Node.array();
      f.kinds().forEach(k -> kinds.add(Node.string(k.name())));
      n.with("kinds", kinds);
      if (m instanceof SumMeasure) {
        n.with("quantity", ((SumMeasure) m).quantity().identifier());
      } else if (m instanceof MeanMeasure) {
        n.with("quantity", ((MeanMeasure) m).quantity().identifier());
      } else if (m instanceof FollowUpCoverageMeasure) {
        n.with("withinDays", ((FollowUpCoverageMeasure) m).withinDays());
      }
      f.subject().ifPresent(s -> n.with("subject", s.name()));
      f.grade().ifPresent(g -> n.with("grade", g));
      f.direction().ifPresent(d -> n.with("direction", d.name()));
      if (!f.tags().isEmpty()) {
        Node tags = Node.array();
        f.tags().forEach(t -> tags.add(Node.string(t)));
        n.with("tags", tags);
      }
    } else if (m instanceof PerMemberMeasure) {
      n.with("of", measure(((PerMemberMeasure) m).of()));
    } else if (m instanceof ScoreMeasure) {
      ScoreMeasure s = (ScoreMeasure) m;
      n.with("test", s.test().name());
      if (s instanceof LevelMeasure) {
        n.with("phase", ((LevelMeasure) s).phase().name());
      }
      if (s.of() != ScoreValue.MEAN) {
        n.with("of", s.of().identifier());
      }
    } else if (!(m instanceof ProfessionalMatchMeasure)) {
      throw new IllegalArgumentException("no file form for the measure " + m.type());
    }
    return n;
  }
}
