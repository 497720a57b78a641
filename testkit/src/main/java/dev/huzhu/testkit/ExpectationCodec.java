package dev.huzhu.testkit;

import dev.huzhu.io.document.Decoding;
import dev.huzhu.io.document.Documents;
import dev.huzhu.io.document.Fields;
import dev.huzhu.io.document.Node;
import dev.huzhu.io.document.Readers;
import dev.huzhu.io.document.TreePath;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Decodes one expectation of a policy test file: a {@code name}, what it is about (a
 * {@code subject}, an {@code award} or a {@code person}) and exactly one claim about it. The ids
 * it names are checked against the policy and the dataset by {@link PolicyTestReferences}.
 */
final class ExpectationCodec {
  private ExpectationCodec() {}

  static final List<String> TARGETS = List.of("subject", "award", "person");
  static final List<String> SUBJECT_CLAIMS =
      List.of("total", "section", "metric", "grade", "rank", "vetoed", "before");
  static final List<String> AWARD_CLAIMS = List.of("includes", "excludes", "names", "doesNotName", "empty");
  static final List<String> PERSON_CLAIMS = List.of("points");
  private static final List<String> METRIC_CLAIMS = List.of("points", "value", "missing");

  /** The expectation, or empty with the problems recorded. */
  static Optional<Expectation> decode(Node node, TreePath path, Decoding problems) {
    if (!Readers.expect(node, Node.Type.OBJECT, path, problems)) {
      return Optional.empty();
    }
    List<String> targets = present(node, TARGETS);
    if (targets.size() != 1) {
      problems.add(PolicyTestProblemCode.NO_TARGET, path, node, "an expectation is about one "
          + "subject, award or person: give one of \"subject\", \"award\", \"person\""
          + (targets.isEmpty() ? "" : ", not " + String.join(" and ", targets)));
      return Optional.empty();
    }
    String target = targets.get(0);
    List<String> claims = present(node, target.equals("subject") ? SUBJECT_CLAIMS
        : target.equals("award") ? AWARD_CLAIMS : PERSON_CLAIMS);
    if (claims.size() != 1) {
      problems.add(PolicyTestProblemCode.NO_CLAIM, path, node, "an expectation about a " + target
          + " states one of " + claimsOf(target) + (claims.isEmpty() ? "; this one states none"
              : "; this one states " + String.join(" and ", claims)));
      return Optional.empty();
    }
    String claim = claims.get(0);
    Fields f = Fields.of(node, path, problems, "an expectation of a " + target + "'s " + claim)
        .orElseThrow();
    Optional<String> name = f.required("name", Readers.STRING);
    // a name is one line of the test's output: not blank, no line break or control character
    name.filter(n -> n.isBlank() || n.codePoints().anyMatch(c -> Character.isISOControl(c)
        || Character.getType(c) == Character.FORMAT))
        .ifPresent(n -> problems.add(dev.huzhu.io.IoProblemCode.INVALID_VALUE, path.field("name"),
            node.fields().get("name"), n.isBlank() ? "an expectation's name may not be blank"
                : "an expectation's name is one line without control characters, not \""
                    + Documents.printable(n) + "\""));
    Optional<String> id = f.required(target, Readers.STRING);
    Optional<Expectation> e = id.flatMap(who -> claim(f, target, claim, who));
    return f.build(() -> e.orElseThrow().withName(name.orElseThrow()));
  }

  private static Optional<Expectation> claim(Fields f, String target, String claim, String id) {
    return switch (target + "." + claim) {
      case "subject.total" -> f.required("total", Readers.DECIMAL).map(p -> Expectation.total(id, p));
      case "subject.section" -> {
        Optional<String> section = f.required("section", Readers.STRING);
        Optional<BigDecimal> points = f.required("points", Readers.DECIMAL);
        yield section.flatMap(s -> points.map(p -> Expectation.sectionPoints(id, s, p)));
      }
      case "subject.metric" -> metric(f, id);
      case "subject.grade" -> f.required("grade", Readers.STRING).map(g -> Expectation.band(id, g));
      case "subject.rank" -> f.required("rank", Readers.INT).filter(r -> positive(f, r))
          .map(r -> Expectation.rank(id, r));
      case "subject.vetoed" ->
          f.required("vetoed", Readers.BOOLEAN).map(v -> Expectation.vetoed(id, v));
      case "subject.before" ->
          f.required("before", Readers.STRING).map(o -> Expectation.orderedBefore(id, o));
      case "award.includes" ->
          f.required("includes", Readers.STRING).map(s -> Expectation.awardIncludes(id, s, true));
      case "award.excludes" ->
          f.required("excludes", Readers.STRING).map(s -> Expectation.awardIncludes(id, s, false));
      case "award.names" ->
          f.required("names", Readers.STRING).map(p -> Expectation.awardNames(id, p, true));
      case "award.doesNotName" ->
          f.required("doesNotName", Readers.STRING).map(p -> Expectation.awardNames(id, p, false));
      case "award.empty" -> f.required("empty", Readers.BOOLEAN).filter(b -> onlyTrue(f, "empty", b))
          .map(b -> Expectation.awardEmpty(id));
      default -> // person.points
          f.required("points", Readers.DECIMAL).map(p -> Expectation.personPoints(id, p));
    };
  }

  private static Optional<Expectation> metric(Fields f, String subject) {
    Optional<String> metric = f.required("metric", Readers.STRING);
    List<String> claims = present(f.node(), METRIC_CLAIMS);
    if (claims.size() != 1) {
      f.problems().add(PolicyTestProblemCode.NO_CLAIM, f.path(), f.node(), "an expectation about a"
          + " metric states one of points, value, missing: true" + (claims.isEmpty()
              ? "; this one states none" : "; this one states " + String.join(" and ", claims)));
      claims.forEach(f::field); // reported here, not again as unknown fields
      return Optional.empty();
    }
    return switch (claims.get(0)) {
      case "points" -> f.required("points", Readers.DECIMAL)
          .flatMap(p -> metric.map(m -> Expectation.metricPoints(subject, m, p)));
      case "value" -> f.required("value", Readers.DECIMAL)
          .flatMap(v -> metric.map(m -> Expectation.rawValue(subject, m, Optional.of(v))));
      default -> f.required("missing", Readers.BOOLEAN).filter(b -> onlyTrue(f, "missing", b))
          .flatMap(b -> metric.map(m -> Expectation.rawValue(subject, m, Optional.empty())));
    };
  }

  private static boolean positive(Fields f, int rank) {
    if (rank < 1) {
      f.problems().add(dev.huzhu.io.IoProblemCode.INVALID_VALUE, f.path().field("rank"),
          f.node().fields().get("rank"), "a rank is 1 or more, not " + rank);
    }
    return rank >= 1;
  }

  // "missing: false" or "empty: false" would say nothing definite: write the value or the winner
  private static boolean onlyTrue(Fields f, String field, boolean value) {
    if (!value) {
      f.problems().add(dev.huzhu.io.IoProblemCode.INVALID_VALUE, f.path().field(field),
          f.node().fields().get(field), "\"" + field + "\" can only be true; to expect "
              + (field.equals("missing") ? "a value, write value: x" : "a winner, write includes or names"));
    }
    return value;
  }

  private static String claimsOf(String target) {
    return switch (target) {
      case "subject" -> "total, section (with points), metric (with points, value or missing: true), "
          + "grade, rank, vetoed, before";
      case "award" -> "includes, excludes (a subject), names, doesNotName (a person), empty: true";
      default -> "points";
    };
  }

  private static List<String> present(Node node, List<String> names) {
    List<String> found = new ArrayList<>();
    for (String n : names) {
      Node v = node.fields().get(n);
      if (v != null && !v.is(Node.Type.NULL)) {
        found.add(n);
      }
    }
    return found;
  }
}
