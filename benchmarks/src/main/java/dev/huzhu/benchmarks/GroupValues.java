package dev.huzhu.benchmarks;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * The raw values of the 诸城 bundled policy's log metrics for one 学科中心教研组, as huzhu's report
 * gives them and as the analyst's SQL computes them: 组内交流材料 (sum of materials of
 * {@code MATERIAL_SHARE}), 专题活动 (count of {@code THEMATIC_ACTIVITY}), 讲课节数 (lessons of
 * {@code DEMONSTRATION_LESSON} and {@code SENT_LESSON} per member, 4 places; empty when the group
 * has no members), 每月坚持 (distinct months with any activity) and 违规 (count of
 * {@code MISCONDUCT}). Numbers compare by value ({@code 0.0} equals {@code 0}). Immutable.
 */
public record GroupValues(String group, BigDecimal materials, BigDecimal thematic,
    Optional<BigDecimal> lessonsPerMember, BigDecimal months, BigDecimal misconduct) {

  public GroupValues {
    Objects.requireNonNull(group);
    Objects.requireNonNull(materials);
    Objects.requireNonNull(thematic);
    Objects.requireNonNull(lessonsPerMember);
    Objects.requireNonNull(months);
    Objects.requireNonNull(misconduct);
  }

  /** The names of the values, in the order of {@link #toTsv()} after the group. */
  static final String HEADER = "group\tmaterials\tthematic\tlessonsPerMember\tmonths\tmisconduct";

  /** One tab-separated line: the group, then each value ({@code missing} for an empty one). */
  String toTsv() {
    return String.join("\t", group, materials.toPlainString(), thematic.toPlainString(),
        lessonsPerMember.map(BigDecimal::toPlainString).orElse("missing"),
        months.toPlainString(), misconduct.toPlainString());
  }

  /** Parses a line of {@link #toTsv()}. */
  static GroupValues parseTsv(String line) {
    String[] cells = line.split("\t", -1);
    if (cells.length != 6) {
      throw new IllegalArgumentException("expected 6 tab-separated cells, not " + cells.length
          + ": " + line);
    }
    return new GroupValues(cells[0], new BigDecimal(cells[1]), new BigDecimal(cells[2]),
        cells[3].equals("missing") ? Optional.empty() : Optional.of(new BigDecimal(cells[3])),
        new BigDecimal(cells[4]), new BigDecimal(cells[5]));
  }

  /**
   * What differs from {@code other}, one phrase per value ({@code materials 12 ≠ 11}), empty when
   * every value is equal by {@link BigDecimal#compareTo}.
   */
  String differences(GroupValues other) {
    StringBuilder out = new StringBuilder();
    compare(out, "materials", materials, other.materials);
    compare(out, "thematic", thematic, other.thematic);
    if (lessonsPerMember.isPresent() != other.lessonsPerMember.isPresent()) {
      out.append(out.isEmpty() ? "" : ", ").append("lessonsPerMember ")
          .append(lessonsPerMember.map(BigDecimal::toPlainString).orElse("missing")).append(" ≠ ")
          .append(other.lessonsPerMember.map(BigDecimal::toPlainString).orElse("missing"));
    } else if (lessonsPerMember.isPresent()) {
      compare(out, "lessonsPerMember", lessonsPerMember.get(), other.lessonsPerMember.get());
    }
    compare(out, "months", months, other.months);
    compare(out, "misconduct", misconduct, other.misconduct);
    return out.toString();
  }

  private static void compare(StringBuilder out, String name, BigDecimal a, BigDecimal b) {
    if (a.compareTo(b) != 0) {
      out.append(out.isEmpty() ? "" : ", ").append(name).append(' ').append(a.toPlainString())
          .append(" ≠ ").append(b.toPlainString());
    }
  }
}
