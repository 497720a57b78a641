package dev.huzhu.io.internal.tree;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;

/**
 * Decodes UTF-8 strictly and hands over every character before a byte that is not UTF-8, failing
 * only on the read after them. {@link java.io.InputStreamReader} decodes ahead in blocks and
 * fails for the whole block, so a reader could only say "somewhere in the first 8 KB"; with this
 * one the line and column of a problem are those of the bad byte.
 */
final class Utf8Reader extends Reader {
  private final InputStream in;
  private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
      .onMalformedInput(CodingErrorAction.REPORT)
      .onUnmappableCharacter(CodingErrorAction.REPORT);
  private final ByteBuffer bytes = ByteBuffer.allocate(1 << 16).flip();
  private CharacterCodingException failed;
  private boolean eof;
  private boolean flushed;

  Utf8Reader(InputStream in) {
    this.in = in;
  }

  @Override
  public int read(char[] buffer, int offset, int length) throws IOException {
    if (failed != null) {
      throw failed;
    }
    if (length == 0) {
      return 0;
    }
    CharBuffer out = CharBuffer.wrap(buffer, offset, length);
    while (true) {
      CoderResult result = decoder.decode(bytes, out, eof);
      if (result.isError()) {
        failed = new MalformedInputException(result.length());
        if (out.position() > offset) {
          return out.position() - offset;
        }
        throw failed;
      }
      if (result.isOverflow() || out.position() > offset && !eof) {
        return out.position() - offset;
      }
      if (eof) {
        if (!flushed) {
          flushed = true;
          decoder.flush(out);
        }
        return out.position() > offset ? out.position() - offset : -1;
      }
      bytes.compact();
      int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
      if (n < 0) {
        eof = true;
      } else {
        bytes.position(bytes.position() + n);
      }
      bytes.flip();
    }
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
