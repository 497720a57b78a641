package dev.huzhu.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The baseline of {@code benchmarks/run}: reads files as plainly as Java does, bytes decoded as
 * UTF-8 into lines, and does nothing with them but count. Prints the lines and characters of each
 * file: {@code activities.csv 2000001 lines 236012345 chars}.
 */
public final class PlainRead {
  private PlainRead() {}

  public static void main(String[] args) throws IOException {
    for (String file : args) {
      long lines = 0;
      long chars = 0;
      try (BufferedReader in = Files.newBufferedReader(Path.of(file), StandardCharsets.UTF_8)) {
        for (String line = in.readLine(); line != null; line = in.readLine()) {
          lines++;
          chars += line.length();
        }
      }
      System.out.println(file + " " + lines + " lines " + chars + " chars");
    }
  }
}
