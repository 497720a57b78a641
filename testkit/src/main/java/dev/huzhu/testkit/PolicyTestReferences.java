package dev.huzhu.testkit;

import dev.huzhu.core.Dataset;
import dev.huzhu.evaluation.policy.Award;
import dev.huzhu.evaluation.policy.Band;
import dev.huzhu.evaluation.policy.Metric;
import dev.huzhu.evaluation.policy.Policy;
import dev.huzhu.evaluation.policy.Section;
import dev.huzhu.evaluation.subject.AssessedSubject;
import dev.huzhu.evaluation.subject.SubjectMember;
import dev.huzhu.evaluation.subject.SubjectResolver;
import dev.huzhu.io.document.Decoding;
import dev.huzhu.io.document.Node;
import dev.huzhu.io.document.TreePath;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Checks that an expectation names what exists: its subjects are groups of the dataset, its
 * people are people of the dataset, its sections, metrics, awards and grades are the policy's. A
 * typing mistake in a test file is then a problem at its line, not an expectation that fails for
 * the wrong reason.
 */
final class PolicyTestReferences {
  // either may be absent when its file could not be read: the other is still checked
  private final Optional<Policy> policy;
  private final Optional<Dataset> dataset;
  private final Decoding problems;
  // the subjects the policy assesses in the dataset, and their members, when both were read
  private final Optional<Map<String, Set<String>>> assessed;

  PolicyTestReferences(Optional<Policy> policy, Optional<Dataset> dataset, Decoding problems) {
    this.policy = policy;
    this.dataset = dataset;
    this.problems = problems;
    this.assessed = policy.flatMap(p -> dataset.map(d -> {
      Map<String, Set<String>> members = new HashMap<>();
      for (AssessedSubject s : SubjectResolver.resolve(p.subjects(), d)) {
        members.put(s.id(), s.members().stream().map(SubjectMember::person).collect(Collectors.toSet()));
      }
      return members;
    }));
  }

  /** Checks a decoded expectation's ids; records a problem for each that does not exist. */
  void check(Node node, TreePath path) {
    dataset.ifPresent(d -> checkPeopleAndSubjects(d, node, path));
    policy.ifPresent(p -> checkParts(p, node, path));
    text(node, "subject").filter(id -> id.equals(text(node, "before").orElse(null))).ifPresent(id ->
        problems.add(PolicyTestProblemCode.SAME_SUBJECT, path.field("before"),
            node.fields().get("before"), "a subject cannot be ordered before itself"));
  }

  private void checkPeopleAndSubjects(Dataset d, Node node, TreePath path) {
    for (String field : new String[] {"subject", "before"}) {
      text(node, field).ifPresent(id -> subject(d, node, path, field, id));
    }
    text(node, "person").ifPresent(id -> person(d, node, path, "person", id));
  }

  private void checkParts(Policy policy, Node node, TreePath path) {
    text(node, "section").ifPresent(id -> {
      if (policy.sections().stream().noneMatch(s -> s.id().equals(id))) {
        unknown(PolicyTestProblemCode.UNKNOWN_PART, node, path, "section", "the policy " + policy.id()
            + " has no section " + id + "; its sections are " + policy.sections().stream()
                .map(Section::id).collect(Collectors.joining(", ")));
      }
    });
    text(node, "metric").ifPresent(id -> {
      if (policy.sections().stream().flatMap(s -> s.metrics().stream()).noneMatch(m -> m.id().equals(id))) {
        unknown(PolicyTestProblemCode.UNKNOWN_PART, node, path, "metric", "the policy " + policy.id()
            + " has no metric " + id + "; its metrics are " + policy.sections().stream()
                .flatMap(s -> s.metrics().stream()).map(Metric::id).collect(Collectors.joining(", ")));
      }
    });
    text(node, "grade").ifPresent(id -> {
      if (policy.grading().isEmpty()) {
        unknown(PolicyTestProblemCode.UNKNOWN_GRADE, node, path, "grade", "the policy "
            + policy.id() + " has no grading");
      } else if (policy.grading().get().bands().stream().noneMatch(b -> b.id().equals(id))) {
        unknown(PolicyTestProblemCode.UNKNOWN_GRADE, node, path, "grade", "no band of the policy "
            + policy.id() + " gives the grade " + id + "; its grades are " + policy.grading().get()
                .bands().stream().map(Band::id).collect(Collectors.joining(", ")));
      }
    });
    text(node, "award").ifPresent(id -> award(policy, node, path, id));
  }

  private void award(Policy policy, Node node, TreePath path, String id) {
    Optional<Award> award = policy.awards().stream().filter(a -> a.id().equals(id)).findFirst();
    if (award.isEmpty()) {
      unknown(PolicyTestProblemCode.UNKNOWN_AWARD, node, path, "award", "the policy " + policy.id()
          + " has no award " + id + "; its awards are " + (policy.awards().isEmpty() ? "none"
              : policy.awards().stream().map(Award::id).collect(Collectors.joining(", "))));
      return;
    }
    for (String field : new String[] {"includes", "excludes"}) {
      text(node, field).ifPresent(subject -> {
        if (award.get().isForPeople()) {
          unknown(PolicyTestProblemCode.UNKNOWN_AWARD, node, path, field, "the award " + id
              + " names people, not subjects: write names or doesNotName with a person");
        } else {
          dataset.ifPresent(d -> subject(d, node, path, field, subject));
        }
      });
    }
    for (String field : new String[] {"names", "doesNotName"}) {
      text(node, field).ifPresent(person -> {
        if (!award.get().isForPeople()) {
          unknown(PolicyTestProblemCode.UNKNOWN_AWARD, node, path, field, "the award " + id
              + " selects subjects, not people: write includes or excludes with a subject");
        } else {
          dataset.ifPresent(d -> person(d, node, path, field, person));
        }
      });
    }
  }

  private void subject(Dataset dataset, Node node, TreePath path, String field, String id) {
    if (!dataset.isCreditTarget(id)) {
      unknown(PolicyTestProblemCode.UNKNOWN_SUBJECT, node, path, field, "the dataset has no team,"
          + " pairing, exchange, school or community " + id);
    } else if (assessed.isPresent() && !assessed.get().containsKey(id)) {
      unknown(PolicyTestProblemCode.UNKNOWN_SUBJECT, node, path, field, "the policy "
          + policy.orElseThrow().id() + " does not assess " + id + "; it assesses "
          + listing(assessed.get().keySet()));
    }
  }

  private void person(Dataset dataset, Node node, TreePath path, String field, String id) {
    if (dataset.person(id).isEmpty()) {
      unknown(PolicyTestProblemCode.UNKNOWN_PERSON, node, path, field, "the dataset has no person " + id);
    } else if (assessed.isPresent()
        && assessed.get().values().stream().noneMatch(members -> members.contains(id))) {
      unknown(PolicyTestProblemCode.UNKNOWN_PERSON, node, path, field, id + " is not a member of"
          + " any subject the policy " + policy.orElseThrow().id() + " assesses");
    }
  }

  private static String listing(Set<String> ids) {
    List<String> sorted = ids.stream().sorted().collect(Collectors.toList());
    return sorted.isEmpty() ? "no subject" : sorted.stream().limit(20).collect(Collectors.joining(", "))
        + (sorted.size() > 20 ? ", … (" + sorted.size() + " in all)" : "");
  }

  private void unknown(PolicyTestProblemCode code, Node node, TreePath path, String field,
      String message) {
    problems.add(code, path.field(field), node.fields().get(field), message);
  }

  private static Optional<String> text(Node node, String field) {
    Node v = node.fields().get(field);
    return v != null && v.is(Node.Type.STRING) ? Optional.of(v.text()) : Optional.empty();
  }
}
