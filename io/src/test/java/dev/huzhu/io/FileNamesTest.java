package dev.huzhu.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.huzhu.core.validation.Problem;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files that cannot be read at all: every one is reported, with its name, and none is opened blind. */
class FileNamesTest {
  private static List<String> problems(FileException e) {
    return e.problems().stream().map(Problem::toString).collect(Collectors.toList());
  }

  @Test
  void aLogWhoseNameSaysNoFormatIsRefusedBeforeItIsOpened(@TempDir Path dir) {
    Path log = dir.resolve("log.txt");
    FileException e = org.assertj.core.api.Assertions.catchThrowableOfType(FileException.class,
        () -> ActivityLogs.read(log));
    assertThat(problems(e)).containsExactly(log + ":1:1 UNKNOWN_FILE_KIND: cannot tell the format"
        + " of the log " + log + ": name it .csv, .jsonl or .ndjson");
  }

  @Test
  void everyFileThatCannotBeReadIsReportedTogether(@TempDir Path dir) {
    Path json = dir.resolve("none.json");
    Path log = dir.resolve("none.csv");
    FileException e = org.assertj.core.api.Assertions.catchThrowableOfType(FileException.class,
        () -> DatasetFiles.read(json, List.of(log), List.of(dir)));
    assertThat(problems(e)).containsExactly(
        "UNREADABLE: cannot read " + json + ": there is no such file",
        "UNREADABLE: cannot read " + log + ": there is no such file",
        "UNREADABLE: cannot read " + dir + ": IOException: Is a directory");
  }

  @Test
  void aQuotedCellTooLongToKeepIsSkippedToItsClosingQuoteNotReadAsRows(@TempDir Path dir)
      throws Exception {
    Path log = dir.resolve("log.csv");
    // the cell starts at column 32 of line 2 and runs over three lines, with a comma inside
    java.nio.file.Files.writeString(log, "id,date,kind,credited,place\n"
        + "a-1,2012-11-13,SENT_LESSON,g-1,\"0123456789ABCDEF\nsecond line, with a comma\n\"\n"
        + "a-2,2012-11-13,SENT_LESSON,g-1,x\n");
    FileException e = org.assertj.core.api.Assertions.catchThrowableOfType(FileException.class,
        () -> ActivityLogs.read(log, ReadLimits.builder().maxStringChars(12).build()));
    assertThat(problems(e)).containsExactly(
        log + ":2:32 LIMIT_EXCEEDED: a cell is longer than 12 characters");
  }
}
