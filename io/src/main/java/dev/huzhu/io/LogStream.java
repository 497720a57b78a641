package dev.huzhu.io;

import dev.huzhu.core.Dataset;
import dev.huzhu.core.activity.Activity;
import dev.huzhu.core.validation.DatasetValidator;
import dev.huzhu.core.validation.Problem;
import dev.huzhu.io.document.Decoding;
import dev.huzhu.io.internal.dataset.LogSource;
import dev.huzhu.io.internal.dataset.ParallelLog;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * An activity log read as a stream, for logs too long to hold: each record is read, checked
 * against the dataset it belongs to ({@link DatasetValidator#validateLogRecord}) and handed on,
 * then forgotten. A bad record is never handed on; reading goes on so that every bad record is
 * found, and when the stream ends an {@link InvalidFileException} carries every problem — so an
 * assessment fed by this stream fails rather than report on a log with errors in it.
 *
 * <p>Two checks need the whole log at once and are not made here: that activity ids are unique
 * across the log, and that the activity a follow-up follows exists and comes first. Reading the
 * log whole ({@link DatasetFiles#read(java.nio.file.Path, java.util.List, java.util.List)}) makes
 * them.
 */
public final class LogStream implements AutoCloseable {
  private final LogSource source;
  private final ParallelLog parallel;
  private final Dataset dataset;
  private boolean used;

  LogStream(LogSource source, Dataset dataset) {
    this.source = source;
    this.parallel = null;
    this.dataset = dataset;
  }

  /** A log decoded on several threads; its records come in file order all the same. */
  LogStream(ParallelLog parallel, Dataset dataset) {
    this.source = null;
    this.parallel = parallel;
    this.dataset = dataset;
  }

  /** The log's activities, in file order; a stream that can be consumed once. */
  public Stream<Activity> activities() {
    if (used) {
      throw new IllegalStateException("a log stream is read once");
    }
    used = true;
    Iterator<Activity> records = parallel != null ? parallel.activities() : sequential();
    return StreamSupport.stream(Spliterators.spliteratorUnknownSize(records,
        Spliterator.ORDERED | Spliterator.NONNULL), false).onClose(this::close);
  }

  /** The records of a log read in order, each checked against the dataset as it comes. */
  private Iterator<Activity> sequential() {
    return new Iterator<>() {
      private Activity next;
      private boolean done;

      @Override
      public boolean hasNext() {
        if (next != null) {
          return true;
        }
        if (done) {
          return false;
        }
        try {
          while (true) {
            java.util.Optional<Activity> a = source.next();
            if (a.isEmpty()) {
              done = true;
              source.close();
              source.problems().throwIfAny("the activity log");
              return false;
            }
            var problems = DatasetValidator.validateLogRecord(dataset, a.get());
            if (problems.isEmpty()) {
              next = a.get();
              return true;
            }
            for (Problem p : problems) {
              source.report(p);
            }
          }
        } catch (Decoding.StopReading e) {
          done = true;
          source.close();
          source.problems().throwIfAny("the activity log");
          return false;
        }
      }

      @Override
      public Activity next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        Activity a = next;
        next = null;
        return a;
      }
    };
  }

  /**
   * Reads the whole log in order, checking each record, and throws its problems: what a stream
   * decoded on several threads does when a record had a problem, so that the problems reported
   * are those of a reading in order, every one in file order.
   */
  static void drain(LogStream sequential) {
    try (sequential) {
      for (Iterator<Activity> all = sequential.sequential(); all.hasNext(); ) {
        all.next();
      }
    }
  }

  /** Records read so far, good or bad: for a progress line. */
  public long recordsRead() {
    return parallel != null ? parallel.records() : source.records();
  }

  @Override
  public void close() {
    if (parallel != null) {
      parallel.close();
    } else {
      source.close();
    }
  }
}
