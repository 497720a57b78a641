package dev.huzhu.io;

import dev.huzhu.core.activity.Activity;
import dev.huzhu.core.validation.Problem;
import dev.huzhu.core.validation.SourceLocation;
import dev.huzhu.io.document.Decoding;
import dev.huzhu.io.document.Documents;
import dev.huzhu.io.document.Node;
import dev.huzhu.io.internal.dataset.LogSource;
import dev.huzhu.io.internal.tree.Texts;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Places the problems a dataset's validation found at the field they name, not only at the
 * element: {@code teams[3].members[1].person} at the line and column of that person's id, not at
 * the team's {@code {}. Reading keeps one location per element (three ints, so that a log of
 * millions is cheap); only when there are problems are the files that hold them read again, as a
 * tree (the dataset) or row by row (a log), to find each field. A file that cannot be read again
 * leaves its problems where they were.
 */
final class FieldLocations {
  private FieldLocations() {}

  static List<Problem> refine(List<Problem> problems, Path json, List<Path> logs, ReadLimits limits) {
    List<Problem> out = new ArrayList<>(problems);
    refineDocument(out, json, limits);
    for (Path log : logs) {
      refineLog(out, log, limits);
    }
    return out;
  }

  /** Whether the problem was placed in this file and its path goes below the element. */
  private static boolean inFile(Problem p, Path file) {
    return p.location().map(SourceLocation::file).filter(f -> f.equals(file.toString())).isPresent()
        && p.path().indexOf('.', Math.max(0, p.path().indexOf(']'))) > 0;
  }

  private static void refineDocument(List<Problem> problems, Path json, ReadLimits limits) {
    if (problems.stream().noneMatch(p -> inFile(p, json))) {
      return;
    }
    Decoding again = new Decoding(json.toString(), limits.maxProblems());
    Optional<Node> root;
    try (Reader text = Texts.open(json)) {
      root = Documents.read(text, dev.huzhu.io.FileSyntax.JSON, limits, again);
    } catch (IOException | RuntimeException e) {
      return; // changed or gone since: the problems stay at their elements
    }
    if (root.isEmpty()) {
      return;
    }
    for (int i = 0; i < problems.size(); i++) {
      Problem p = problems.get(i);
      if (inFile(p, json)) {
        Node at = Documents.locate(root.get(), p.path());
        problems.set(i, Problem.of(p.code(), p.path(), p.message())
            .at(SourceLocation.of(json.toString(), at.line(), at.column())));
      }
    }
  }

  /**
   * A log's problems, placed at the cell (CSV) or the value (JSON Lines) of their field: the log
   * is read again and each problem reported by its record's reader as a streamed log reports it.
   */
  private static void refineLog(List<Problem> problems, Path log, ReadLimits limits) {
    Map<Integer, List<Integer>> byLine = new HashMap<>();
    for (int i = 0; i < problems.size(); i++) {
      if (inFile(problems.get(i), log)) {
        byLine.computeIfAbsent(problems.get(i).location().get().line(), k -> new ArrayList<>()).add(i);
      }
    }
    if (byLine.isEmpty()) {
      return;
    }
    Decoding again = new Decoding(log.toString(), Integer.MAX_VALUE);
    try (LogSource source = LogSource.open(Texts.open(log), LogFormat.of(log), again, limits)) {
      for (Optional<Activity> a = source.next(); a.isPresent() && !byLine.isEmpty(); a = source.next()) {
        List<Integer> here = byLine.remove(source.lastLine());
        if (here == null) {
          continue;
        }
        for (int i : here) {
          Problem p = problems.get(i);
          // the record's own path: the collection's index is the dataset's, not the record's
          String field = p.path().substring(p.path().indexOf(']') + 2);
          int mark = again.count();
          source.report(Problem.of(p.code(), field, p.message()));
          Problem placed = again.problems().get(mark);
          problems.set(i, Problem.of(p.code(), p.path(), p.message()).at(placed.location().get()));
        }
      }
    } catch (RuntimeException e) {
      // changed or gone since: the problems stay at their rows
    }
  }
}
