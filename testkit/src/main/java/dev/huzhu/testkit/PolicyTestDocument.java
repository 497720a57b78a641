package dev.huzhu.testkit;

import dev.huzhu.core.Dataset;
import dev.huzhu.core.validation.Problem;
import dev.huzhu.core.validation.SourceLocation;
import dev.huzhu.evaluation.policy.Policy;
import dev.huzhu.io.DatasetFiles;
import dev.huzhu.io.PolicyFiles;
import dev.huzhu.io.document.Decoding;
import dev.huzhu.io.document.Fields;
import dev.huzhu.io.document.Node;
import dev.huzhu.io.document.Readers;
import dev.huzhu.io.document.TreePath;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The fields of one policy test file's document, read in order: the policy, the dataset (a file
 * with its logs and score files, or inline) and the expectations, each checked against the
 * policy and dataset as far as they could be read.
 */
final class PolicyTestDocument {
  private final Fields f;
  private final NamedFiles named;
  private final String name;
  private final Decoding problems;

  PolicyTestDocument(Fields f, Path base, List<Problem> elsewhere, String name) {
    this.f = f;
    this.named = new NamedFiles(f, base, elsewhere);
    this.name = name;
    this.problems = f.problems();
  }

  Optional<PolicyTest> read() {
    Optional<Policy> policy = f.required("policy", Readers.STRING).flatMap(p ->
        named.file("policy", p).flatMap(path -> named.read(() -> PolicyFiles.read(path))));
    Optional<Node> given = f.field("dataset");
    if (given.isEmpty()) {
      f.required("dataset", Readers.STRING); // reports it missing
    }
    // the files are looked for in the order they are written: dataset, logs, scores
    int before = problems.count();
    Optional<Path> datasetPath = given.filter(d -> d.is(Node.Type.STRING))
        .flatMap(d -> named.file("dataset", d.text())).filter(named::json);
    if (given.isPresent() && !given.get().is(Node.Type.STRING)) {
      // an inline dataset holds its records inline: a log beside it would need locations in
      // two files for one dataset's problems
      for (String field : new String[] {"activities", "scores"}) {
        f.field(field).ifPresent(n -> problems.add(PolicyTestProblemCode.FILES_WITH_INLINE_DATASET,
            TreePath.root().field(field), n, "an inline dataset holds its " + field + " inline;"
                + " files of " + field + " go with a dataset file (dataset: name.json)"));
      }
    }
    List<Path> logs = named.files("activities");
    List<Path> scores = named.files("scores");
    // a dataset without one of its files would only add problems that mislead
    Optional<Dataset> dataset = given.isEmpty() || problems.count() > before ? Optional.empty()
        : given.get().is(Node.Type.STRING)
            ? datasetPath.flatMap(path -> named.read(() -> DatasetFiles.read(path, logs, scores)))
            : inlineDataset(given.get());
    List<PolicyTestCase> cases = new ArrayList<>();
    Optional<Node> list = f.field("expectations");
    if (list.isEmpty()) {
      f.required("expectations", Readers.STRING); // reports it missing
    } else if (Readers.expect(list.get(), Node.Type.ARRAY, TreePath.root().field("expectations"),
        problems)) {
      expectations(list.get(), policy, dataset, cases);
    }
    if (policy.isEmpty() || dataset.isEmpty()) {
      f.build(() -> Boolean.TRUE); // the unknown fields are still worth reporting
      return Optional.empty();
    }
    return f.build(() -> PolicyTest.builder().file(name).policy(policy.get())
        .dataset(dataset.get()).cases(cases).build());
  }

  private void expectations(Node list, Optional<Policy> policy, Optional<Dataset> dataset,
      List<PolicyTestCase> cases) {
    TreePath at = TreePath.root().field("expectations");
    if (list.elements().isEmpty()) {
      problems.add(PolicyTestProblemCode.NO_EXPECTATIONS, at, list, "a policy test lists at least"
          + " one expectation");
    }
    // what can be checked is checked: the policy's parts even when the dataset could not be read
    PolicyTestReferences references = new PolicyTestReferences(policy, dataset, problems);
    Map<String, Integer> names = new HashMap<>();
    for (int i = 0; i < list.elements().size(); i++) {
      Node node = list.elements().get(i);
      TreePath path = at.index(i);
      Optional<Expectation> e = ExpectationCodec.decode(node, path, problems);
      if (e.isEmpty()) {
        continue;
      }
      Integer earlier = names.putIfAbsent(e.get().name(), i);
      if (earlier != null) {
        problems.add(PolicyTestProblemCode.DUPLICATE_NAME, path.field("name"),
            node.fields().get("name"), "the expectation at expectations[" + earlier
                + "] has this name already; give each expectation a name of its own");
      }
      references.check(node, path);
      cases.add(PolicyTestCase.of(e.get(), SourceLocation.of(name, node.line(), node.column())));
    }
  }

  private Optional<Dataset> inlineDataset(Node node) {
    return DatasetFiles.decode(node, TreePath.root().field("dataset"), problems);
  }
}
