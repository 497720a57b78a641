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
 * its own state; the states are merged at the end. At most about {@code 3 × threads + 1}
 * batches are in memory (the queue's, one per worker, the one being filled), however long the log — unlike a parallel stream over an iterator, which buffers ever
 * larger splits.
 */
final class ParallelReader {
  static final int BATCH = 4096;
  private static final List<Activity> END = new ArrayList<>();

  private ParallelReader() {}

  static LogPass.State read(LogPass pass, Iterator<Activity> log, int threads) {
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "huzhu-assessment");
      t.setDaemon(true);
      return t;
    });
    BlockingQueue<List<Activity>> queue = new ArrayBlockingQueue<>(2 * threads);
    List<Future<LogPass.State>> workers = new ArrayList<>();
    try {
      for (int w = 0; w < threads; w++) {
        workers.add(pool.submit(() -> {
          LogPass.State state = pass.new State();
          for (List<Activity> batch = queue.take(); batch != END; batch = queue.take()) {
            batch.forEach(state::accept);
          }
          return state;
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
      LogPass.State merged = null;
      for (Future<LogPass.State> worker : workers) {
        LogPass.State state = worker.get();
        merged = merged == null ? state : merged.merge(state);
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
      List<Future<LogPass.State>> workers) throws InterruptedException, ExecutionException {
    while (!queue.offer(batch, 50, TimeUnit.MILLISECONDS)) {
      for (Future<LogPass.State> w : workers) {
        if (w.isDone()) {
          w.get();
        }
      }
    }
  }

  private static RuntimeException rethrow(Throwable cause) {
    if (cause instanceof RuntimeException) {
      return (RuntimeException) cause;
    }
    if (cause instanceof Error) {
      throw (Error) cause;
    }
    return new IllegalStateException(cause);
  }
}
