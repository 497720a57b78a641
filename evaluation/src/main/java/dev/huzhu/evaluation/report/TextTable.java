package dev.huzhu.evaluation.report;

import java.util.ArrayList;
import java.util.List;

/**
 * A plain-text table whose columns line up in a terminal: CJK characters count as two columns.
 * Numbers are right-aligned, text left-aligned.
 */
final class TextTable {
  private final List<String[]> rows = new ArrayList<>();
  private final boolean[] rightAligned;

  TextTable(boolean... rightAligned) {
    this.rightAligned = rightAligned;
  }

  void add(String... cells) {
    rows.add(cells);
  }

  @Override
  public String toString() {
    int columns = rightAligned.length;
    int[] widths = new int[columns];
    for (String[] row : rows) {
      for (int c = 0; c < columns; c++) {
        widths[c] = Math.max(widths[c], width(row[c]));
      }
    }
    StringBuilder s = new StringBuilder();
    for (int r = 0; r < rows.size(); r++) {
      String[] row = rows.get(r);
      StringBuilder line = new StringBuilder();
      for (int c = 0; c < columns; c++) {
        String pad = " ".repeat(widths[c] - width(row[c]));
        line.append(c == 0 ? "" : "  ").append(rightAligned[c] ? pad + row[c] : row[c] + pad);
      }
      s.append(line.toString().stripTrailing()).append('\n');
      if (r == 0) {
        int total = 0;
        for (int w : widths) {
          total += w;
        }
        s.append("-".repeat(total + 2 * (columns - 1))).append('\n');
      }
    }
    return s.toString();
  }

  /** Display width: East Asian wide characters take two columns. */
  static int width(String text) {
    return text.codePoints().map(c -> isWide(c) ? 2 : 1).sum();
  }

  private static boolean isWide(int c) {
    Character.UnicodeBlock b = Character.UnicodeBlock.of(c);
    return b == Character.UnicodeBlock.CJK_UNIFIED_IDEOGRAPHS
        || b == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
        || b == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS
        || b == Character.UnicodeBlock.CJK_UNIFIED_IDEOGRAPHS_EXTENSION_A;
  }
}
