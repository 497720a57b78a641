package dev.huzhu.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs {@code huzhu} in-process with captured streams. */
final class Cli {
  private Cli() {}

  /** What one run gave: its exit status and the text of its two streams. */
  record Run(int exit, String out, String err) {}

  static Run huzhu(Object... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    String[] strings = new String[args.length];
    for (int i = 0; i < args.length; i++) {
      strings[i] = args[i].toString();
    }
    int exit = new Huzhu(new PrintWriter(out), new PrintWriter(err), false).execute(strings);
    return new Run(exit, out.toString(), err.toString());
  }
}
