package dev.huzhu.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.huzhu.core.HuzhuException;
import dev.huzhu.core.validation.Problem;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** Reads a file of the bad corpus and compares every problem with the expected text. */
final class BadFiles {
  private BadFiles() {}

  static final Path ROOT = Path.of("src", "test", "resources", "bad");

  static Path file(String folder, String name) {
    return ROOT.resolve(folder).resolve(name);
  }

  /**
   * The problems of the read, each as {@code name:line:column CODE at path: message} with the
   * directory of the file left out.
   */
  static List<String> problems(Path file, ThrowingCallable read) {
    HuzhuException e = catchThrowableOfType(HuzhuException.class, read);
    assertThat(e).as("reading %s must fail", file).isNotNull();
    String prefix = file.getParent().toString() + java.io.File.separator;
    return e.problems().stream().map(Problem::toString).map(p -> p.replace(prefix, ""))
        .collect(Collectors.toList());
  }
}
