package dev.huzhu.cli;

import dev.huzhu.core.Dataset;
import dev.huzhu.core.HuzhuException;
import dev.huzhu.core.activity.Activity;
import dev.huzhu.core.validation.Problem;
import dev.huzhu.io.ActivityLogs;
import dev.huzhu.io.LogStream;
import dev.huzhu.io.ReadLimits;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Several activity logs read as one stream, one file after the other, each opened only when the
 * one before it ends. A log with bad records does not stop the others: every log is read, and at
 * the end of the stream one exception carries the problems of them all.
 */
final class LogChain implements AutoCloseable {
  private final List<Path> logs;
  private final Dataset dataset;
  private final int threads;
  private final List<Problem> problems = new ArrayList<>();
  private volatile LogStream current;
  private volatile long finished;

  LogChain(List<Path> logs, Dataset dataset, int threads) {
    this.logs = List.copyOf(logs);
    this.dataset = dataset;
    this.threads = threads;
  }

  /** Records read so far in every log, good or bad: for a progress line. */
  long recordsRead() {
    LogStream c = current;
    return finished + (c == null ? 0 : c.recordsRead());
  }

  /** The activities of every log in order; consumed once. */
  Stream<Activity> activities() {
    Iterator<Activity> all = new Iterator<>() {
      private int next;
      private Iterator<Activity> records;

      @Override
      public boolean hasNext() {
        while (records == null || !hasNextOfCurrent()) {
          endCurrent();
          if (next == logs.size()) {
            if (!problems.isEmpty()) {
              throw new HuzhuException("the activity logs", problems);
            }
            return false;
          }
          try {
            current = ActivityLogs.open(logs.get(next++), dataset, ReadLimits.defaults(), threads);
            records = current.activities().iterator();
          } catch (HuzhuException unreadable) {
            problems.addAll(unreadable.problems());
            records = Collections.emptyIterator();
          }
        }
        return true;
      }

      private boolean hasNextOfCurrent() {
        try {
          return records.hasNext();
        } catch (HuzhuException e) {
          problems.addAll(e.problems());
          return false;
        }
      }

      @Override
      public Activity next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        return records.next();
      }
    };
    return StreamSupport.stream(Spliterators.spliteratorUnknownSize(all,
        Spliterator.ORDERED | Spliterator.NONNULL), false);
  }

  private void endCurrent() {
    LogStream c = current;
    if (c != null) {
      finished += c.recordsRead();
      current = null;
      c.close();
    }
  }

  @Override
  public void close() {
    endCurrent();
  }
}
