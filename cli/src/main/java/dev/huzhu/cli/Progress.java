package dev.huzhu.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * A progress line on the error stream for reading that takes a while: nothing for the first two
 * seconds, then the records read and their rate (or, where records are not counted, the seconds
 * spent), redrawn in place with a carriage return about once a second; closing it ends the line.
 * Drawn by a daemon thread; the reader's count is read from it without locking, so a figure may
 * lag by a record or two.
 */
final class Progress implements AutoCloseable {
  private static final Progress OFF = new Progress(null, "", null, 0);

  private final PrintWriter err;
  private final String what;
  private final LongSupplier records;
  private final long start;
  private final ScheduledExecutorService timer;
  private int drawn;

  private Progress(PrintWriter err, String what, LongSupplier records, long start) {
    this.err = err;
    this.what = what;
    this.records = records;
    this.start = start;
    this.timer = err == null ? null : Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "huzhu-progress");
      t.setDaemon(true);
      return t;
    });
  }

  /**
   * A progress line for {@code what} ({@code reading activities}), counting {@code records} (null:
   * seconds only); nothing at all unless {@code show}.
   */
  static Progress start(PrintWriter err, boolean show, String what, LongSupplier records) {
    return start(err, show, what, records, Duration.ofSeconds(2), Duration.ofSeconds(1));
  }

  /** As {@link #start(PrintWriter, boolean, String, LongSupplier)} with its delay and period. */
  static Progress start(PrintWriter err, boolean show, String what, LongSupplier records,
      Duration delay, Duration period) {
    if (!show) {
      return OFF;
    }
    Progress p = new Progress(err, what, records, System.nanoTime());
    p.timer.scheduleAtFixedRate(p::draw, delay.toMillis(), period.toMillis(), TimeUnit.MILLISECONDS);
    return p;
  }

  private synchronized void draw() {
    String line = line();
    err.print("\r" + line + " ".repeat(Math.max(0, drawn - line.length())));
    err.flush();
    drawn = line.length();
  }

  private String line() {
    double seconds = Math.max(1e-3, (System.nanoTime() - start) / 1e9);
    if (records == null) {
      return String.format(Locale.ROOT, "%s… %.0f s", what, seconds);
    }
    long n = records.getAsLong();
    return String.format(Locale.ROOT, "%s: %,d records in %.0f s, %,.0f a second", what, n,
        seconds, n / seconds);
  }

  /** Stops drawing; a line drawn is brought up to date and ended. */
  @Override
  public void close() {
    if (timer == null) {
      return;
    }
    timer.shutdownNow();
    try {
      timer.awaitTermination(1, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    synchronized (this) {
      if (drawn > 0) {
        draw();
        err.println();
      }
    }
  }
}
