package dev.huzhu.testkit;

import com.google.common.collect.ImmutableList;
import dev.huzhu.core.HuzhuException;
import dev.huzhu.io.FileException;
import java.nio.file.Path;
import org.immutables.value.Value;

/**
 * Runs the policy test files at a path (a file, or a folder and its subfolders) as
 * {@code huzhu test} does, without JUnit: every file is read and run, an invalid one reported
 * with its problems, and the run succeeds only when every file is valid and every expectation
 * holds. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class PolicyTestRun {
  /** The path that was run. */
  public abstract String path();

  /** Each file's run, in the order of their paths. */
  public abstract ImmutableList<PolicyTestFileRun> files();

  /**
   * Runs every policy test file at the path, in the order of their paths.
   *
   * @throws FileException when the path does not exist
   */
  public static PolicyTestRun of(Path fileOrFolder) {
    ImmutableList.Builder<PolicyTestFileRun> files = ImmutableList.builder();
    for (Path file : PolicyTestFiles.find(fileOrFolder)) {
      files.add(runFile(file));
    }
    return ImmutablePolicyTestRun.builder().path(fileOrFolder.toString()).files(files.build()).build();
  }

  /** Runs one file: its outcomes, or its problems when it (or what it names) is invalid. */
  public static PolicyTestFileRun runFile(Path file) {
    ImmutablePolicyTestFileRun.Builder run = PolicyTestFileRun.builder().file(file.toString());
    try {
      return run.outcomes(PolicyTestFiles.read(file).run()).build();
    } catch (HuzhuException e) { // FileException, an invalid policy or dataset: every problem
      return run.problems(e.problems()).build();
    }
  }

  /** How many expectations held, over every valid file. */
  public long passed() {
    return files().stream().mapToLong(PolicyTestFileRun::passed).sum();
  }

  /** How many expectations did not hold, over every valid file. */
  public long failed() {
    return files().stream().mapToLong(PolicyTestFileRun::failed).sum();
  }

  /** How many files could not run: invalid, or naming an invalid or missing file. */
  public long invalidFiles() {
    return files().stream().filter(f -> !f.isValid()).count();
  }

  /** Whether there was a test file, every one is valid and every expectation held. */
  public boolean isSuccess() {
    return !files().isEmpty() && files().stream().allMatch(PolicyTestFileRun::isSuccess);
  }
}
