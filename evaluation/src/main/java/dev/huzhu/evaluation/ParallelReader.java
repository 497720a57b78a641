package dev.huzhu.evaluation;

import dev.huzhu.core.activity.Activity;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Reads a log on several threads with bounded memory: one thread takes records from the source
 * in order and hands out batches through a small queue; each worker accumulates its batches into
 * its own tally; the tallies are merged at the end. At most about {@code 3 × threads + 1}
 * batches are in memory (the queue's, one per worker, the one being filled), however long the
 * log — unlike a parallel stream over an iterator, which buffers ever larger splits.
 */
final class ParallelReader {
  static final int BATCH = 4096;
  private static final List<Activity> END = new ArrayList<>();

  private ParallelReader() {}

  static LogPass.Tally read(LogPass pass, Iterator<Activity> log, int threads) {
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "huzhu-assessment");
      t.setDaemon(true);
      return t;
    });
    BlockingQueue<List<Activity>> queue = new ArrayBlockingQueue<>(2 * threads);
    List<Future<LogPass.Tally>> workers = new ArrayList<>();
    try {
      for (int w = 0; w < threads; w++) {
        workers.add(pool.submit(() -> {
          LogPass.Tally tally = pass.newTally();
          for (List<Activity> batch = queue.take(); batch != END; batch = queue.take()) {
            batch.forEach(tally::accept);
          }
          return tally;
        }));
      }
      List<Activity> batch = new ArrayList<>(BATCH);
      while (log.hasNext()) {
        batch.add(log.next());
        if (batch.size() == BATCH) {
          hand(queue, batch, workers);
          batch = new ArrayList<>(BATCH);
        }
      }
      if (!batch.isEmpty()) {
        hand(queue, batch, workers);
      }
      for (int w = 0; w < threads; w++) {
        hand(queue, END, workers);
      }
      LogPass.Tally merged = null;
      for (Future<LogPass.Tally> worker : workers) {
        LogPass.Tally tally = worker.get();
        merged = merged == null ? tally : merged.merge(tally);
      }
      return merged;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while reading the activity log", e);
    } catch (ExecutionException e) {
      throw rethrow(e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  /** Puts a batch on the queue, failing fast if a worker has failed. */
  private static void hand(BlockingQueue<List<Activity>> queue, List<Activity> batch,
      List<Future<LogPass.Tally>> workers) throws InterruptedException, ExecutionException {
    while (!queue.offer(batch, 50, TimeUnit.MILLISECONDS)) {
      for (Future<LogPass.Tally> w : workers) {
        if (w.isDone()) {
          w.get();
        }
      }
    }
  }

  private static RuntimeException rethrow(Throwable cause) {
    if (cause instanceof RuntimeException runtime) {
      return runtime;
    }
    if (cause instanceof Error error) {
      throw error;
    }
    return new IllegalStateException(cause);
  }
}
