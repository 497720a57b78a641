package dev.huzhu.testkit;

import dev.huzhu.core.validation.Problem;
import dev.huzhu.io.FileException;
import dev.huzhu.io.IoProblemCode;
import dev.huzhu.io.document.Decoding;
import dev.huzhu.io.document.Documents;
import dev.huzhu.io.document.Fields;
import dev.huzhu.io.document.Node;
import dev.huzhu.io.document.Readers;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The files a policy test names — its policy, its dataset, the dataset's logs and score files —
 * resolved against the test's folder: one that is missing is a problem at the test's field, and
 * the problems of one that cannot be read are kept apart, as problems of that file.
 */
final class NamedFiles {
  private final Fields f;
  private final Path base;
  private final List<Problem> elsewhere;
  private final Decoding problems;

  NamedFiles(Fields f, Path base, List<Problem> elsewhere) {
    this.f = f;
    this.base = base;
    this.elsewhere = elsewhere;
    this.problems = f.problems();
  }

  /** The paths of an optional list of files. */
  List<Path> files(String field) {
    List<Path> paths = new ArrayList<>();
    f.optional(field, Readers.list(Readers.STRING)).ifPresent(names -> {
      for (int i = 0; i < names.size(); i++) {
        file(field + "[" + i + "]", names.get(i)).ifPresent(paths::add);
      }
    });
    return paths;
  }

  /** A file named by the test, resolved against the test's folder; a problem when it does not exist. */
  Optional<Path> file(String field, String relative) {
    Path path;
    try {
      path = base.resolve(relative).normalize();
    } catch (InvalidPathException e) {
      problems.add(IoProblemCode.INVALID_VALUE, field, at(field).line(), at(field).column(),
          Documents.quote(relative) + " is not a path");
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
  boolean json(Path path) {
    String name = String.valueOf(path.getFileName()).toLowerCase(Locale.ROOT);
    if (!name.endsWith(".json")) {
      problems.add(IoProblemCode.UNKNOWN_FILE_KIND, "dataset", at("dataset").line(),
          at("dataset").column(), "a dataset file is JSON, named .json: " + path.getFileName()
              + " is not");
    }
    return name.endsWith(".json");
  }

  /** The value read from another file, or empty with that file's problems kept. */
  <T> Optional<T> read(Supplier<T> read) {
    try {
      return Optional.of(read.get());
    } catch (FileException e) {
      elsewhere.addAll(e.problems());
      return Optional.empty();
    }
  }

  private Node at(String field) {
    return Documents.locate(f.node(), field);
  }
}
