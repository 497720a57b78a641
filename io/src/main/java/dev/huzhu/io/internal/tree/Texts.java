package dev.huzhu.io.internal.tree;

import dev.huzhu.core.validation.Problem;
import dev.huzhu.io.FileException;
import dev.huzhu.io.IoProblemCode;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

/**
 * Opens text files as huzhu reads them: UTF-8, with or without the byte-order mark Excel writes,
 * and bytes that are not UTF-8 refused rather than replaced.
 */
public final class Texts {
  private Texts() {}

  /** A reader of the file's text after any byte-order mark; a file that cannot be opened is a problem. */
  public static Reader open(Path path) {
    try {
      return open(Files.newInputStream(path), path.toString());
    } catch (IOException e) {
      throw unreadable(path.toString(), e);
    }
  }

  /**
   * What kind of file the name says ({@code FileSyntax::of}, {@code LogFormat::of}); a name that
   * says none is a problem of that file, found before it is opened.
   */
  public static <T> T kind(Path path, Function<Path, T> of) {
    try {
      return of.apply(path);
    } catch (IllegalArgumentException e) {
      throw new FileException("cannot read " + path, List.of(Problem.of(
          IoProblemCode.UNKNOWN_FILE_KIND, "", e.getMessage())
          .at(dev.huzhu.core.validation.SourceLocation.of(path.toString(), 1, 1))));
    }
  }

  /** A reader of the stream's text after any byte-order mark. */
  public static Reader open(InputStream in) {
    return open(in, "the input");
  }

  private static Reader open(InputStream in, String name) {
    try {
      BufferedInputStream buffered = new BufferedInputStream(in, 1 << 16);
      buffered.mark(3);
      byte[] head = buffered.readNBytes(3);
      boolean bom = head.length == 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB
          && (head[2] & 0xFF) == 0xBF;
      if (!bom) {
        buffered.reset();
      }
return new Utf8Reader(buffered);
    } catch (IOException e) {
      throw unreadable(name, e);
    }
  }

  /** What writes text to a writer; the writer is flushed by the caller. */
  public interface Body {
    void writeTo(java.io.Writer out) throws IOException;
  }

  /** Writes UTF-8 text to a file, replacing it if it exists. */
  public static void toFile(Path file, Body body) {
    try (java.io.Writer out = Files.newBufferedWriter(file, java.nio.charset.StandardCharsets.UTF_8)) {
      body.writeTo(out);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException("cannot write " + file, e);
    }
  }

  /** Writes UTF-8 text to a stream, flushed and left open. */
  public static void toStream(java.io.OutputStream stream, Body body) {
    try {
      java.io.Writer out = new java.io.BufferedWriter(new java.io.OutputStreamWriter(stream,
          java.nio.charset.StandardCharsets.UTF_8));
      body.writeTo(out);
      out.flush();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException("cannot write the output", e);
    }
  }

  /** Removes a leading byte-order mark from text already read. */
  public static String withoutBom(String text) {
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }

  /** The exception for a file that could not be read at all. */
  public static FileException unreadable(String file, IOException e) {
    String why = e instanceof java.nio.charset.CharacterCodingException
        ? "it is not UTF-8 text" : e instanceof java.nio.file.NoSuchFileException
        ? "there is no such file" : e.getClass().getSimpleName()
        + (e.getMessage() == null ? "" : ": " + e.getMessage());
    return new FileException("cannot read " + file, List.of(Problem.of(IoProblemCode.UNREADABLE, "",
        "cannot read " + file + ": " + why)));
  }
}
