package dev.huzhu.testkit;

import com.google.common.collect.ImmutableList;
import dev.huzhu.core.Dataset;
import dev.huzhu.core.ImmutableDataset;
import dev.huzhu.core.validation.Problem;
import dev.huzhu.core.validation.SourceLocation;
import dev.huzhu.evaluation.policy.Policy;
import dev.huzhu.io.DatasetFiles;
import dev.huzhu.io.FileException;
import dev.huzhu.io.FileSyntax;
import dev.huzhu.io.InvalidFileException;
import dev.huzhu.io.IoProblemCode;
import dev.huzhu.io.PolicyFiles;
import dev.huzhu.io.ReadLimits;
import dev.huzhu.io.dataset.DatasetDocument;
import dev.huzhu.io.tree.Decoding;
import dev.huzhu.io.tree.Documents;
import dev.huzhu.io.tree.Fields;
import dev.huzhu.io.tree.Node;
import dev.huzhu.io.tree.Readers;
import dev.huzhu.io.tree.Texts;
import dev.huzhu.io.tree.TreeReader;
import dev.huzhu.io.tree.TreePath;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Policy test files (SPEC §3.7): a YAML or JSON document
 *
 * <pre>{@code
 * format: huzhu-policy-test
 * version: 1
 * policy: ../data/policies/zhucheng-bundled.yaml   # a path, relative to this file
 * dataset: ../data/seed.json                       # a path, or the dataset's collections inline
 * activities: [../data/zhucheng-activities.csv]    # optional logs and score files beside a
 * scores: [../data/zhucheng-scores.csv]            # dataset file (inline, records are inline)
 * expectations:
 *   - {name: 数学组总分, subject: g-zc-math3, total: 92.00}
 * }</pre>
 *
 * read strictly: every problem of the file, and of the policy and dataset it names, is reported
 * at once with its file, line, column and path; an expectation that names a subject the policy
 * does not assess, a person who is no member of one, or a section, metric, award or grade the
 * policy does not have is a problem of the file.
 */
public final class PolicyTestFiles {
  private PolicyTestFiles() {}

  /** The document's format name. */
  public static final String FORMAT = "huzhu-policy-test";
  /** The newest version this library reads. */
  public static final int VERSION = 1;

  private static final List<String> SUFFIXES = List.of(".test.yaml", ".test.yml", ".test.json");

  /** Whether a file's name marks it as a policy test: {@code *.test.yaml}, {@code .test.yml}, {@code .test.json}. */
  public static boolean isTestFile(Path path) {
    String name = path.getFileName() == null ? "" : path.getFileName().toString().toLowerCase(Locale.ROOT);
    return SUFFIXES.stream().anyMatch(name::endsWith);
  }

  /**
   * The policy test files at a path: the file itself (whatever its name, if YAML or JSON), or
   * every test file under a folder and its subfolders, in the order of their paths.
   *
   * @throws FileException when the path does not exist or cannot be listed
   */
  public static ImmutableList<Path> find(Path fileOrFolder) {
    if (Files.isRegularFile(fileOrFolder)) {
      return ImmutableList.of(fileOrFolder);
    }
    if (!Files.isDirectory(fileOrFolder)) {
      // worded as every other unreadable input is
      throw new FileException("cannot read " + fileOrFolder, List.of(Problem.of(
          IoProblemCode.UNREADABLE, "", "cannot read " + fileOrFolder + ": " + (Files.exists(fileOrFolder)
              ? "it is neither a file nor a folder" : "there is no such file or folder"))));
    }
    try (Stream<Path> files = Files.walk(fileOrFolder)) {
      return files.filter(Files::isRegularFile).filter(PolicyTestFiles::isTestFile).sorted()
          .collect(ImmutableList.toImmutableList());
    } catch (IOException e) {
      throw Texts.unreadable(fileOrFolder.toString(), e);
    }
  }

  /**
   * Reads a policy test file and what it names.
   *
   * @throws InvalidFileException with every problem of the file and of the files it names
   * @throws FileException when the file cannot be read at all
   */
  public static PolicyTest read(Path file) {
    FileSyntax syntax = Texts.kind(file, FileSyntax::of);
    // relative to the test as it was named, so that problems name files as the user would
    Path base = file.getParent() == null ? Path.of("") : file.getParent();
    try (Reader text = Texts.open(file)) {
      return read(text, file.toString(), syntax, base);
    } catch (IOException e) {
      throw Texts.unreadable(file.toString(), e);
    }
  }

  /** Reads a policy test given as YAML text; its relative paths are resolved against {@code base}. */
  public static PolicyTest parse(String yaml, Path base) {
    return read(new StringReader(Texts.withoutBom(yaml)), "<text>", FileSyntax.YAML, base);
  }

  /**
   * Reads a policy test from a reader, named {@code name} in problems; its relative paths are
   * resolved against {@code base}.
   */
  public static PolicyTest read(Reader text, String name, FileSyntax syntax, Path base) {
    ReadLimits limits = ReadLimits.defaults();
    Decoding problems = new Decoding(name, limits.maxProblems());
    List<Problem> elsewhere = new ArrayList<>(); // problems of the files the test names
    Optional<PolicyTest> test = Optional.empty();
    try {
      Optional<Node> root = Documents.read(text, syntax, limits, problems);
      Optional<Fields> fields = root.flatMap(r -> Documents.header(r, FORMAT, VERSION, problems,
          "a policy test"));
      if (fields.isPresent()) {
        test = new Body(fields.get(), base, elsewhere, name).read();
      }
    } catch (Decoding.StopReading e) {
      // the problems so far are thrown below
    }
    // the file's own problems in the order of its lines, then those of the files it names
    List<Problem> all = new ArrayList<>(problems.problems());
    all.sort(Comparator.comparingInt((Problem p) -> p.location().map(SourceLocation::line).orElse(0))
        .thenComparingInt(p -> p.location().map(SourceLocation::column).orElse(0)));
    all.addAll(elsewhere);
    if (test.isEmpty() && all.isEmpty()) {
      all.add(Problem.of(IoProblemCode.INVALID_VALUE, "", "the policy test could not be read")
          .at(SourceLocation.of(name, 1, 1)));
    }
    if (!all.isEmpty()) {
      throw new InvalidFileException("the policy test " + name + " is not valid", all);
    }
    return test.get();
  }

  /** The fields of one test file's document, read in order: policy, dataset, expectations. */
  private static final class Body {
    private final Fields f;
    private final Path base;
    private final List<Problem> elsewhere;
    private final String name;
    private final Decoding problems;

    Body(Fields f, Path base, List<Problem> elsewhere, String name) {
      this.f = f;
      this.base = base;
      this.elsewhere = elsewhere;
      this.name = name;
      this.problems = f.problems();
    }

    Optional<PolicyTest> read() {
      Optional<Policy> policy = f.required("policy", Readers.STRING).flatMap(p ->
          file("policy", p).flatMap(path -> elsewhere(() -> PolicyFiles.read(path))));
      Optional<Node> given = f.field("dataset");
      if (given.isEmpty()) {
        f.required("dataset", Readers.STRING); // reports it missing
      }
      // the files are looked for in the order they are written: dataset, logs, scores
      int before = problems.count();
      Optional<Path> datasetPath = given.filter(d -> d.is(Node.Type.STRING))
          .flatMap(d -> file("dataset", d.text())).filter(this::json);
      if (given.isPresent() && !given.get().is(Node.Type.STRING)) {
        // an inline dataset holds its records inline: a log beside it would need locations in
        // two files for one dataset's problems
        for (String field : new String[] {"activities", "scores"}) {
          f.field(field).ifPresent(n -> problems.add(PolicyTestProblemCode.FILES_WITH_INLINE_DATASET,
              TreePath.root().field(field), n, "an inline dataset holds its " + field + " inline;"
                  + " files of " + field + " go with a dataset file (dataset: name.json)"));
        }
      }
      List<Path> logs = files("activities");
      List<Path> scores = files("scores");
      // a dataset without one of its files would only add problems that mislead
      Optional<Dataset> dataset = given.isEmpty() || problems.count() > before ? Optional.empty()
          : given.get().is(Node.Type.STRING)
              ? datasetPath.flatMap(path -> elsewhere(() -> DatasetFiles.read(path, logs, scores)))
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
      TreePath path = TreePath.root().field("dataset");
      ImmutableDataset.Builder into = Dataset.builder();
      if (!DatasetDocument.decode(node, path, problems, into)) {
        return Optional.empty();
      }
      Dataset dataset = into.build();
      int before = problems.count();
      for (Problem p : dataset.validate()) {
        Node at = Documents.locate(node, p.path());
        problems.add(p.under("dataset"), at.line(), at.column());
      }
      return problems.count() == before ? Optional.of(dataset) : Optional.empty();
    }

    /** The paths of an optional list of files. */
    private List<Path> files(String field) {
      List<Path> paths = new ArrayList<>();
      f.optional(field, Readers.list(Readers.STRING)).ifPresent(names -> {
        for (int i = 0; i < names.size(); i++) {
          file(field + "[" + i + "]", names.get(i)).ifPresent(paths::add);
        }
      });
      return paths;
    }

    /** A file named by the test, resolved against the test's folder; a problem when it does not exist. */
    private Optional<Path> file(String field, String relative) {
      Path path;
      try {
        path = base.resolve(relative).normalize();
      } catch (java.nio.file.InvalidPathException e) {
        problems.add(IoProblemCode.INVALID_VALUE, field, at(field).line(), at(field).column(),
            TreeReader.quote(relative) + " is not a path");
        return Optional.empty();
      }
      if (!Files.isRegularFile(path)) {
        problems.add(PolicyTestProblemCode.NO_SUCH_FILE, field, at(field).line(), at(field).column(),
            "no file " + relative + " (looked for " + path + ")");
        return Optional.empty();
      }
      return Optional.of(path);
    }

    /** Whether a dataset file is named as JSON; if not, a problem at the test's field. */
    private boolean json(Path path) {
      String name = String.valueOf(path.getFileName()).toLowerCase(Locale.ROOT);
      if (!name.endsWith(".json")) {
        problems.add(IoProblemCode.UNKNOWN_FILE_KIND, "dataset", at("dataset").line(),
            at("dataset").column(), "a dataset file is JSON, named .json: " + path.getFileName()
                + " is not");
      }
      return name.endsWith(".json");
    }

    private Node at(String field) {
      return Documents.locate(f.node(), field);
    }

    /** The value read from another file, or empty with that file's problems kept. */
    private <T> Optional<T> elsewhere(java.util.function.Supplier<T> read) {
      try {
        return Optional.of(read.get());
      } catch (FileException e) {
        elsewhere.addAll(e.problems());
        return Optional.empty();
      }
    }
  }
}
