package dev.huzhu.testkit;

import com.google.common.collect.ImmutableList;
import dev.huzhu.core.validation.Problem;
import dev.huzhu.core.validation.SourceLocation;
import dev.huzhu.io.FileException;
import dev.huzhu.io.FileSyntax;
import dev.huzhu.io.InvalidFileException;
import dev.huzhu.io.IoProblemCode;
import dev.huzhu.io.ReadLimits;
import dev.huzhu.io.document.Decoding;
import dev.huzhu.io.document.Documents;
import dev.huzhu.io.document.Fields;
import dev.huzhu.io.document.Node;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Policy test files (docs/files.md#policy-test-files): a YAML or JSON document
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
      throw Documents.unreadable(fileOrFolder.toString(), e);
    }
  }

  /**
   * Reads a policy test file and what it names.
   *
   * @throws InvalidFileException with every problem of the file and of the files it names
   * @throws FileException when the file cannot be read at all
   */
  public static PolicyTest read(Path file) {
    FileSyntax syntax = Documents.syntax(file);
    // relative to the test as it was named, so that problems name files as the user would
    Path base = file.getParent() == null ? Path.of("") : file.getParent();
    try (Reader text = Documents.open(file)) {
      return read(text, file.toString(), syntax, base);
    } catch (IOException e) {
      throw Documents.unreadable(file.toString(), e);
    }
  }

  /** Reads a policy test given as YAML text; its relative paths are resolved against {@code base}. */
  public static PolicyTest parse(String yaml, Path base) {
    return read(new StringReader(Documents.withoutBom(yaml)), "<text>", FileSyntax.YAML, base);
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
        test = new PolicyTestDocument(fields.get(), base, elsewhere, name).read();
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
}
