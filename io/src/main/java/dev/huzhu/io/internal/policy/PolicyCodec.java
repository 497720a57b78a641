package dev.huzhu.io.internal.policy;

import dev.huzhu.core.exchange.ExchangeKind;
import dev.huzhu.core.pairing.StudentPairingKind;
import dev.huzhu.core.school.Locality;
import dev.huzhu.core.team.TeamKind;
import dev.huzhu.core.team.TeamRole;
import dev.huzhu.evaluation.measure.Measure;
import dev.huzhu.evaluation.policy.Adjustment;
import dev.huzhu.evaluation.policy.AdjustmentType;
import dev.huzhu.evaluation.policy.AssessmentPeriod;
import dev.huzhu.evaluation.policy.Award;
import dev.huzhu.evaluation.policy.Band;
import dev.huzhu.evaluation.policy.Bundling;
import dev.huzhu.evaluation.policy.Combination;
import dev.huzhu.evaluation.policy.Grading;
import dev.huzhu.evaluation.policy.ImmutableRounding;
import dev.huzhu.evaluation.policy.IndividualCriterion;
import dev.huzhu.evaluation.policy.Metric;
import dev.huzhu.evaluation.policy.Policy;
import dev.huzhu.evaluation.policy.PolicyKinds;
import dev.huzhu.evaluation.policy.QuotaRounding;
import dev.huzhu.evaluation.policy.Rounding;
import dev.huzhu.evaluation.policy.Section;
import dev.huzhu.evaluation.policy.SubjectSelection;
import dev.huzhu.evaluation.policy.Veto;
import dev.huzhu.evaluation.scoring.Scoring;
import dev.huzhu.io.document.Decoding;
import dev.huzhu.io.document.Fields;
import dev.huzhu.io.document.Node;
import dev.huzhu.io.document.Reader;
import dev.huzhu.io.document.Readers;
import dev.huzhu.io.document.Readers.Identifiers;
import dev.huzhu.io.document.TreePath;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A policy as a document (docs/files.md#policies): the same tree in YAML or JSON. The field names are the
 * contract; an adjustment's {@code type} is written in lower case ({@code bonus},
 * {@code deduction}) as the file format documents it (docs/files.md#policies), every other identifier as its enum name.
 */
public final class PolicyCodec {
  /** The document's format name. */
  public static final String FORMAT = "huzhu-policy";
  /** The newest version this library reads and the one it writes. */
  public static final int VERSION = 1;

  private static final Identifiers<AdjustmentType> ADJUSTMENT_TYPES = Identifiers.of(
      Arrays.asList(AdjustmentType.values()), t -> t.name().toLowerCase(Locale.ROOT));
  private static final Identifiers<TeamRole> ROLES = Identifiers.of(TeamRole.class);
  private static final Identifiers<Rounding.Values> ROUNDING_VALUES = Identifiers.of(
      Arrays.asList(Rounding.Values.values()), Rounding.Values::word);
  private static final Identifiers<Rounding.Points> ROUNDING_POINTS = Identifiers.of(
      Arrays.asList(Rounding.Points.values()), Rounding.Points::word);
  private static final PolicyCodec BUILT_IN = new PolicyCodec(PolicyKinds.builtIn());

  private final Reader<Measure> measureReader;
  private final Reader<Scoring> scoringReader;

  private PolicyCodec(PolicyKinds kinds) {
    FormCodec forms = new FormCodec(List.of(kinds.measures(), kinds.scorings()));
    this.measureReader = forms.reader(kinds.measures());
    this.scoringReader = forms.reader(kinds.scorings());
  }

  /** Decodes the policy from a document's fields (its format and version already checked). */
  public static Optional<Policy> policy(Fields f) {
    return BUILT_IN.read(f);
  }

  /**
   * Decodes the policy from a document's fields (its format and version already checked), naming
   * measures and scorings of the given kinds.
   */
  public static Optional<Policy> policy(Fields f, PolicyKinds kinds) {
    return (kinds == PolicyKinds.builtIn() ? BUILT_IN : new PolicyCodec(kinds)).read(f);
  }

  private Optional<Policy> read(Fields f) {
    var b = Policy.builder();
    f.required("id", Readers.STRING, b::id);
    f.required("title", Readers.STRING, b::title);
    f.required("period", this::period, b::period);
    f.required("subjects", this::subjects, b::subjects);
    f.required("sections", Readers.list(this::section), b::sections);
    f.optional("adjustments", Readers.list(this::adjustment), b::adjustments);
    f.optional("vetoes", Readers.list(this::veto), b::vetoes);
    f.optional("grading", this::grading, b::grading);
    f.optional("awards", Readers.list(this::award), b::awards);
    f.optional("bundling", this::bundling, b::bundling);
    f.optional("rounding", this::rounding, b::rounding);
    return f.build(b::build);
  }

  private Optional<Rounding> rounding(Node node, TreePath path, Decoding problems) {
    return Fields.of(node, path, problems, "a rounding").flatMap(f -> {
      var b = ImmutableRounding.builder();
      f.optional("values", PolicyCodec::roundingValues, b::values);
      f.optional("points", Readers.identifiers(ROUNDING_POINTS), b::points);
      return f.build(b::build);
    });
  }

  /** {@code 4} (a number, as a file naturally writes it, or the text "4") or {@code exact}. */
  private static Optional<Rounding.Values> roundingValues(Node node, TreePath path,
      Decoding problems) {
    if (node.is(Node.Type.NUMBER)) {
      return ROUNDING_VALUES.parse(node.number().toPlainString(), path.toString(), node.line(),
          node.column(), problems);
    }
    return Readers.identifiers(ROUNDING_VALUES).read(node, path, problems);
  }

  private Optional<AssessmentPeriod> period(Node node, TreePath path, Decoding problems) {
    return Fields.of(node, path, problems, "a period").flatMap(f -> {
      Optional<LocalDate> from = f.required("from", Readers.DATE);
      Optional<LocalDate> to = f.required("to", Readers.DATE);
      return f.build(() -> AssessmentPeriod.of(from.orElseThrow(), to.orElseThrow()));
    });
  }

  private Optional<SubjectSelection> subjects(Node node, TreePath path, Decoding problems) {
    return Fields.of(node, path, problems, "a selection of subjects").flatMap(f -> {
      var b = SubjectSelection.builder();
      f.optional("teamKinds", Readers.set(Readers.enumOf(TeamKind.class)), b::teamKinds);
      f.optional("partyPairings", Readers.BOOLEAN, b::partyPairings);
      f.optional("exchangeKinds", Readers.set(Readers.enumOf(ExchangeKind.class)), b::exchangeKinds);
      f.optional("schoolLocalities", Readers.set(Readers.enumOf(Locality.class)),
          b::schoolLocalities);
      f.optional("communities", Readers.BOOLEAN, b::communities);
      f.optional("studentPairingKinds", Readers.set(Readers.enumOf(StudentPairingKind.class)),
          b::studentPairingKinds);
      f.optional("within", Readers.set(Readers.STRING), b::within);
      return f.build(b::build);
    });
  }

  private Optional<Section> section(Node node, TreePath path, Decoding problems) {
    return Fields.of(node, path, problems, "a section").flatMap(f -> {
      var b = Section.builder();
      f.required("id", Readers.STRING, b::id);
      f.required("label", Readers.STRING, b::label);
      f.required("points", Readers.DECIMAL, b::points);
      f.required("metrics", Readers.list(this::metric), b::metrics);
      return f.build(b::build);
    });
  }

  private Optional<Metric> metric(Node node, TreePath path, Decoding problems) {
    return Fields.of(node, path, problems, "a metric").flatMap(f -> {
      var b = Metric.builder();
      f.required("id", Readers.STRING, b::id);
      f.required("label", Readers.STRING, b::label);
      f.required("points", Readers.DECIMAL, b::points);
      f.required("measure", measureReader, b::measure);
      f.required("scoring", scoringReader, b::scoring);
      return f.build(b::build);
    });
  }

  private Optional<Adjustment> adjustment(Node node, TreePath path, Decoding problems) {
    return Fields.of(node, path, problems, "an adjustment").flatMap(f -> {
      var b = Adjustment.builder();
      f.required("id", Readers.STRING, b::id);
      f.optional("label", Readers.STRING, b::label);
      f.required("type", Readers.identifiers(ADJUSTMENT_TYPES), b::type);
      f.required("measure", measureReader, b::measure);
      f.required("pointsEach", Readers.DECIMAL, b::pointsEach);
      f.optional("cap", Readers.DECIMAL, b::cap);
      return f.build(b::build);
    });
  }

  private Optional<Veto> veto(Node node, TreePath path, Decoding problems) {
    return Fields.of(node, path, problems, "a veto").flatMap(f -> {
      var b = Veto.builder();
      f.required("id", Readers.STRING, b::id);
      f.optional("label", Readers.STRING, b::label);
      f.required("measure", measureReader, b::measure);
      f.optional("atLeast", Readers.DECIMAL, b::atLeast);
      f.optional("atMost", Readers.DECIMAL, b::atMost);
      return f.build(b::build);
    });
  }

  private Optional<Grading> grading(Node node, TreePath path, Decoding problems) {
    return Fields.of(node, path, problems, "a grading").flatMap(f -> {
      var b = Grading.builder();
      f.optional("quotaRounding", Readers.enumOf(QuotaRounding.class), b::quotaRounding);
      f.required("bands", Readers.list(this::band), b::bands);
      return f.build(b::build);
    });
  }

  private Optional<Band> band(Node node, TreePath path, Decoding problems) {
    return Fields.of(node, path, problems, "a band").flatMap(f -> {
      var b = Band.builder();
      f.required("grade", Readers.STRING, b::id);
      f.required("label", Readers.STRING, b::label);
      f.required("minTotal", Readers.DECIMAL, b::minTotal);
      f.optional("quota", Readers.DECIMAL, b::quota);
      return f.build(b::build);
    });
  }

  private Optional<Award> award(Node node, TreePath path, Decoding problems) {
    return Fields.of(node, path, problems, "an award").flatMap(f -> {
      var b = Award.builder();
      f.required("id", Readers.STRING, b::id);
      f.required("label", Readers.STRING, b::label);
      f.optional("grades", Readers.set(Readers.STRING), b::bands);
      f.optional("top", Readers.INT, b::top);
      f.optional("roles", Readers.set(Readers.identifiers(ROLES)), b::roles);
      f.optional("individual", this::individual, b::individual);
      return f.build(b::build);
    });
  }

  private Optional<IndividualCriterion> individual(Node node, TreePath path,
      Decoding problems) {
    return Fields.of(node, path, problems, "an individual criterion").flatMap(f -> {
      Optional<Measure> measure = f.required("measure", measureReader);
      Optional<BigDecimal> atLeast = f.required("atLeast", Readers.DECIMAL);
      return f.build(() -> IndividualCriterion.of(measure.orElseThrow(), atLeast.orElseThrow()));
    });
  }

  private Optional<Bundling> bundling(Node node, TreePath path, Decoding problems) {
    return Fields.of(node, path, problems, "a bundling").flatMap(f -> {
      var b = Bundling.builder();
      f.required("coefficients", Readers.map(ROLES, Readers.DECIMAL), b::coefficients);
      f.optional("multipleGroups", Readers.enumOf(Combination.class), b::combination);
      return f.build(b::build);
    });
  }

  /** Encodes a policy as a document, format and version first, in the documented order (docs/files.md#policies). */
  public static Node policy(Policy p) {
    Node n = Node.object().with("format", FORMAT).with("version", VERSION).with("id", p.id())
        .with("title", p.title())
        .with("period", Node.object().with("from", p.period().from().toString())
            .with("to", p.period().to().toString()));
    Node subjects = Node.object();
    if (!p.subjects().teamKinds().isEmpty()) {
      subjects.with("teamKinds", names(p.subjects().teamKinds()));
    }
    if (p.subjects().partyPairings()) {
      subjects.with("partyPairings", true);
    }
    if (!p.subjects().exchangeKinds().isEmpty()) {
      subjects.with("exchangeKinds", names(p.subjects().exchangeKinds()));
    }
    if (!p.subjects().schoolLocalities().isEmpty()) {
      subjects.with("schoolLocalities", names(p.subjects().schoolLocalities()));
    }
    if (p.subjects().communities()) {
      subjects.with("communities", true);
    }
    if (!p.subjects().studentPairingKinds().isEmpty()) {
      subjects.with("studentPairingKinds", names(p.subjects().studentPairingKinds()));
    }
    // written only when it narrows, so that a policy without it is written as before
    if (!p.subjects().within().isEmpty()) {
      Node within = Node.array();
      p.subjects().within().forEach(c -> within.add(Node.string(c)));
      subjects.with("within", within);
    }
    n.with("subjects", subjects);
    // left out when it is the default, so that existing policies are written as before
    if (!p.rounding().isDefault()) {
      Rounding r = p.rounding();
      Node rounding = Node.object();
      if (r.values() == Rounding.Values.FOUR_PLACES) {
        rounding.with("values", 4);
      } else {
        rounding.with("values", r.values().word());
      }
      n.with("rounding", rounding.with("points", r.points().word()));
    }
    Node sections = Node.array();
    for (Section s : p.sections()) {
      Node metrics = Node.array();
      for (Metric m : s.metrics()) {
        metrics.add(Node.object().with("id", m.id()).with("label", m.label()).with("points", m.points())
            .with("measure", FormCodec.write(m.measure()))
            .with("scoring", FormCodec.write(m.scoring())));
      }
      sections.add(Node.object().with("id", s.id()).with("label", s.label()).with("points", s.points())
          .with("metrics", metrics));
    }
    n.with("sections", sections);
    if (!p.adjustments().isEmpty()) {
      Node adjustments = Node.array();
      for (Adjustment a : p.adjustments()) {
        Node e = Node.object().with("id", a.id());
        a.label().ifPresent(l -> e.with("label", l));
        e.with("type", a.type().name().toLowerCase(Locale.ROOT))
            .with("measure", FormCodec.write(a.measure())).with("pointsEach", a.pointsEach());
        a.cap().ifPresent(c -> e.with("cap", c));
        adjustments.add(e);
      }
      n.with("adjustments", adjustments);
    }
    if (!p.vetoes().isEmpty()) {
      Node vetoes = Node.array();
      for (Veto v : p.vetoes()) {
        Node e = Node.object().with("id", v.id());
        v.label().ifPresent(l -> e.with("label", l));
        e.with("measure", FormCodec.write(v.measure()));
        v.atLeast().ifPresent(t -> e.with("atLeast", t));
        v.atMost().ifPresent(t -> e.with("atMost", t));
        vetoes.add(e);
      }
      n.with("vetoes", vetoes);
    }
    p.grading().ifPresent(g -> {
      Node bands = Node.array();
      for (Band band : g.bands()) {
        Node e = Node.object().with("grade", band.id()).with("label", band.label())
            .with("minTotal", band.minTotal());
        band.quota().ifPresent(q -> e.with("quota", q));
        bands.add(e);
      }
      n.with("grading", Node.object().with("quotaRounding", g.quotaRounding().name()).with("bands", bands));
    });
    if (!p.awards().isEmpty()) {
      Node awards = Node.array();
      for (Award a : p.awards()) {
        Node e = Node.object().with("id", a.id()).with("label", a.label());
        if (!a.bands().isEmpty()) {
          Node grades = Node.array();
          a.bands().forEach(g -> grades.add(Node.string(g)));
          e.with("grades", grades);
        }
        a.top().ifPresent(t -> e.with("top", t));
        if (!a.roles().isEmpty()) {
          e.with("roles", names(a.roles()));
        }
        a.individual().ifPresent(i -> e.with("individual", Node.object()
            .with("measure", FormCodec.write(i.measure())).with("atLeast", i.atLeast())));
        awards.add(e);
      }
      n.with("awards", awards);
    }
    p.bundling().ifPresent(b -> {
      Node coefficients = Node.object();
      b.coefficients().forEach((role, c) -> coefficients.with(role.name(), c));
      n.with("bundling", Node.object().with("coefficients", coefficients)
          .with("multipleGroups", b.combination().name()));
    });
    return n;
  }

  private static Node names(Iterable<? extends Enum<?>> values) {
    Node list = Node.array();
    values.forEach(v -> list.add(Node.string(v.name())));
    return list;
  }
}
