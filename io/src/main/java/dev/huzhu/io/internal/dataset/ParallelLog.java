package dev.huzhu.io.internal.dataset;

import dev.huzhu.core.activity.Activity;
import dev.huzhu.core.validation.Problem;
import dev.huzhu.io.LogFormat;
import dev.huzhu.io.ReadLimits;
import dev.huzhu.io.document.Decoding;
import java.io.CharArrayReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A log file decoded on several threads, its records handed on in file order.
 *
 * <p>One thread cuts the text into chunks of whole records; each chunk is decoded (and each record
 * checked) by a worker with the same readers a sequential pass uses; the chunks' records come out
 * in order. Only a few chunks are in memory at once, however long the file.
 *
 * <p>Why the result is the sequential one: a chunk is cut after a line end outside quotes (for
 * CSV, an even number of quotes since the last cut). When every chunk decodes with no problem at
 * all, each chunk's quotes pair up as cells' quotes, so each cut is where a sequential reader ends
 * a record too, and the records are the same, in the same order. When any chunk has a problem —
 * or the text cannot be cut, or a record is longer than the limit — the records stop and the file
 * is read again by the sequential pass, whose problems (every one, with its line and column, in
 * file order) are what the reader reports. So a log with errors costs a second reading, and a good
 * log costs one reading on every core.
 */
public final class ParallelLog implements AutoCloseable {
  /** The characters of a chunk (it grows to hold a record longer than that). */
  static final int CHUNK_CHARS = 1 << 16;

  private static final Chunk END = new Chunk(List.of(), 0, false);

  private final int chunkChars;
  private final LogFormat format;
  private final String name;
  private final ReadLimits limits;
  private final Function<Activity, List<Problem>> check;
  private final Runnable sequential;
  private final ExecutorService workers;
  private final Thread cutter;
  private final BlockingQueue<Future<Chunk>> chunks;
  private final AtomicLong records = new AtomicLong();

  /**
   * Starts reading.
   *
   * @param text opens the file's text (after any byte-order mark); called once here
   * @param check the problems of one record, found by a worker (empty when it is good)
   * @param sequential reads the whole file again in order and throws its problems; called when
   *     a chunk had a problem. It must throw: a sequential pass that finds nothing where a chunk
   *     found something is a fault of this reader, reported as one.
   */
  public ParallelLog(Supplier<Reader> text, LogFormat format, String name, ReadLimits limits,
      int threads, Function<Activity, List<Problem>> check, Runnable sequential) {
    this(text, format, name, limits, threads, check, sequential, CHUNK_CHARS);
  }

  /** As the public constructor, cutting chunks of about {@code chunkChars} characters. */
  ParallelLog(Supplier<Reader> text, LogFormat format, String name, ReadLimits limits,
      int threads, Function<Activity, List<Problem>> check, Runnable sequential, int chunkChars) {
    this.chunkChars = chunkChars;
    this.format = format;
    this.name = name;
    this.limits = limits;
    this.check = check;
    this.sequential = sequential;
    Reader in = text.get(); // a file that cannot be opened fails here, before any thread starts
    this.workers = Executors.newFixedThreadPool(threads, r -> daemon(r, "huzhu-log-decoder"));
    this.chunks = new ArrayBlockingQueue<>(2 * threads);
    this.cutter = daemon(() -> cut(in), "huzhu-log-cutter");
    cutter.start();
  }

  private static Thread daemon(Runnable r, String name) {
    Thread t = new Thread(r, name);
    t.setDaemon(true);
    return t;
  }

  /** Records decoded so far, good or bad (a header not counted). */
  public long records() {
    return records.get();
  }

  /** The records in file order; at the end of a file with problems, the sequential pass throws. */
  public Iterator<Activity> activities() {
    return new Iterator<>() {
      private Iterator<Activity> current = List.<Activity>of().iterator();
      private boolean done;

      @Override
      public boolean hasNext() {
        while (!current.hasNext()) {
          if (done) {
            return false;
          }
          Chunk chunk = take();
          if (chunk == END) {
            done = true;
            close();
            return false;
          }
          if (chunk.troubled) {
            done = true;
            close();
            sequential.run();
            throw new IllegalStateException("reading " + name + " on several threads found a"
                + " problem that reading it in order did not; please report this as a fault of"
                + " huzhu, with the file");
          }
          current = chunk.activities.iterator();
        }
        return true;
      }

      @Override
      public Activity next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        return current.next();
      }
    };
  }

  private Chunk take() {
    try {
      return chunks.take().get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while reading " + name, e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(e.getCause());
    }
  }

  /** Stops the threads; records not yet taken are dropped (the caller stopped reading). */
  @Override
  public void close() {
    cutter.interrupt();
    workers.shutdownNow();
  }

  // ---- the cutting thread

  private void cut(Reader in) {
    try (in) {
      Cutter c = new Cutter(in, format == LogFormat.CSV, limits.maxRecordChars(), chunkChars);
      char[] header = format == LogFormat.CSV ? c.header() : new char[0];
      if (header == null) {
        put(trouble());
        return;
      }
      int submitted = 0;
      for (char[] chunk = c.next(header); chunk != null; chunk = c.next(header)) {
        if (chunk == Cutter.TOO_LONG) {
          put(trouble());
          return;
        }
        char[] decode = chunk;
        put(workers.submit(() -> decode(decode)));
        submitted++;
      }
      if (submitted == 0) {
        // no rows: the header alone is read, for its own problems (or an empty file's)
        put(workers.submit(() -> decode(header)));
      }
      put(java.util.concurrent.CompletableFuture.completedFuture(END));
    } catch (IOException e) {
      // text that is not UTF-8, or a file that cannot be read on: the sequential pass says which
      putQuietly(trouble());
    } catch (InterruptedException e) {
      // closed
    } catch (RuntimeException e) {
      putQuietly(java.util.concurrent.CompletableFuture.failedFuture(e));
    }
  }

  private static Future<Chunk> trouble() {
    return java.util.concurrent.CompletableFuture.completedFuture(new Chunk(List.of(), 0, true));
  }

  private void put(Future<Chunk> chunk) throws InterruptedException {
    chunks.put(chunk);
  }

  private void putQuietly(Future<Chunk> chunk) {
    try {
      chunks.put(chunk);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  // ---- a worker

  private Chunk decode(char[] chunk) {
    Decoding problems = new Decoding(name, limits.maxProblems());
    List<Activity> good = new ArrayList<>(chunk.length / 96);
    boolean troubled = false;
    long read = 0;
    LogSource source = LogSource.open(new CharArrayReader(chunk), format, problems, limits);
    try {
      for (Optional<Activity> a = source.next(); a.isPresent(); a = source.next()) {
        if (check.apply(a.get()).isEmpty()) {
          good.add(a.get());
        } else {
          troubled = true;
        }
      }
    } catch (Decoding.StopReading e) {
      troubled = true;
    } finally {
      read = source.records();
      source.close();
    }
    records.addAndGet(read);
    return new Chunk(good, read, troubled || problems.hasProblems());
  }

  private record Chunk(List<Activity> activities, long records, boolean troubled) {}

  /**
   * Cuts text into chunks of whole lines: after a {@code \n} outside quotes for CSV, after any
   * {@code \n} for JSON Lines (a JSON string cannot hold a raw line end). Each CSV chunk starts
   * with the header line, so that a worker reads it as a table of its own.
   */
  static final class Cutter {
    static final char[] TOO_LONG = new char[0];
    private final Reader in;
    private final boolean csv;
    private final int maxRecord;
    private final int chunkChars;
    private char[] buffer;
    private int filled;
    private boolean eof;

    Cutter(Reader in, boolean csv, int maxRecordChars, int chunkChars) {
      this.in = in;
      this.csv = csv;
      this.maxRecord = maxRecordChars;
      this.chunkChars = chunkChars;
      this.buffer = new char[chunkChars];
    }

    /**
     * The header line with its line end (all the text when it has one line only); null when it
     * is longer than a record may be.
     */
    char[] header() throws IOException {
      int end = lastCut(0, filled, true);
      while (end < 0 && !eof) {
        if (!fill()) {
          return null;
        }
        end = lastCut(0, filled, true);
      }
      if (end < 0) {
        end = filled;
      }
      char[] header = java.util.Arrays.copyOf(buffer, end);
      shift(end);
      return header;
    }

    /** The next chunk, the header before it; null at the end; {@link #TOO_LONG} if it cannot be cut. */
    char[] next(char[] header) throws IOException {
      while (!eof && filled < buffer.length) {
        read();
      }
      if (filled == 0) {
        return null;
      }
      int cut = eof ? filled : lastCut(0, filled, false);
      while (cut < 0) {
        if (!fill()) {
          return TOO_LONG;
        }
        cut = eof ? filled : lastCut(0, filled, false);
      }
      char[] chunk = new char[header.length + cut];
      System.arraycopy(header, 0, chunk, 0, header.length);
      System.arraycopy(buffer, 0, chunk, header.length, cut);
      shift(cut);
      return chunk;
    }

    /**
     * The position after the first (when {@code first}) or last line end at which a record ends,
     * scanning from the start of the buffer (quotes are counted from there); -1 if none.
     */
    private int lastCut(int from, int to, boolean first) {
      boolean quoted = false;
      int cut = -1;
      for (int i = from; i < to; i++) {
        char c = buffer[i];
        if (c == '"' && csv) {
          quoted = !quoted;
        } else if (c == '\n' && !quoted) {
          cut = i + 1;
          if (first) {
            return cut;
          }
        }
      }
      return cut;
    }

    /** Grows the buffer and reads more; false when a record would pass the limit. */
    private boolean fill() throws IOException {
      if (eof) {
        return true;
      }
      if (filled == buffer.length) {
        if (buffer.length > (long) maxRecord + chunkChars) {
          return false;
        }
        buffer = java.util.Arrays.copyOf(buffer, buffer.length * 2);
      }
      read();
      return true;
    }

    private void read() throws IOException {
      int n = in.read(buffer, filled, buffer.length - filled);
      if (n < 0) {
        eof = true;
      } else {
        filled += n;
      }
    }

    private void shift(int cut) {
      System.arraycopy(buffer, cut, buffer, 0, filled - cut);
      filled -= cut;
    }
  }
}
