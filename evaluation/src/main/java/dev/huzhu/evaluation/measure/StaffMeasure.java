package dev.huzhu.evaluation.measure;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import dev.huzhu.core.exchange.Exchange;
import dev.huzhu.core.exchange.ExchangeKind;
import dev.huzhu.evaluation.form.Field;
import dev.huzhu.evaluation.form.FieldType;
import dev.huzhu.evaluation.form.Form;
import dev.huzhu.evaluation.form.Kind;
import dev.huzhu.evaluation.subject.AssessedSubject;
import dev.huzhu.evaluation.subject.SubjectKind;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A measure of a school's or community's teachers and their exchanges (教师交流): its teachers are
 * the people of its schools holding the role {@code TEACHER}; one of them is exchanged when an
 * exchange of theirs of the measure's kinds (empty: every kind) has a term overlapping the
 * policy's period, both end dates included.
 *
 * <p>The family is open: a new measure of teachers extends this class, gives its builder the kinds
 * ({@link Builder}) and declares its kind with {@link #kind(String, Class, Supplier, Function)}.
 */
public abstract non-sealed class StaffMeasure implements SubjectMeasure {
  private static final Field<StaffMeasure, Builder, ImmutableSet<ExchangeKind>> KINDS =
      Field.defaulted("kinds", FieldType.setOf(FieldType.enumOf(ExchangeKind.class)),
          ImmutableSet.of(), StaffMeasure::kinds, Builder::kinds).alwaysWritten();

  /** The kinds of exchange counted; empty counts every kind. */
  public abstract ImmutableSet<ExchangeKind> kinds();

  /**
   * The builder of every measure of teachers takes the kinds of exchange: a measure's own builder
   * extends its generated one and implements this.
   */
  public interface Builder {
    /** Sets the kinds of exchange counted, replacing any set before. */
    Builder kinds(Iterable<ExchangeKind> elements);
  }

  /** The kind of a measure of teachers named {@code word}: its one field is {@code kinds}. */
  protected static <T extends StaffMeasure, B extends Builder> Kind<T> kind(String word,
      Class<T> type, Supplier<B> builder, Function<? super B, ? extends T> build) {
    return Kind.of(word, type, Form.<T, B>of(builder, build, ImmutableList.of(KINDS)));
  }

  /** Schools and communities: the subjects with teachers of their own. */
  @Override
  public ImmutableSet<SubjectKind> appliesTo() {
    return ImmutableSet.of(SubjectKind.SCHOOL, SubjectKind.COMMUNITY);
  }

  /**
   * The subject's exchanged teachers, each once, by person id, with the smallest id of their
   * exchanges that count (the evidence).
   */
  protected Map<String, String> exchanged(MeasureContext context) {
    AssessedSubject subject = context.subject();
    Map<String, String> exchanged = new TreeMap<>();
    for (Exchange x : subject.teacherExchanges()) {
      if ((kinds().isEmpty() || kinds().contains(x.kind()))
          && !x.start().isAfter(context.periodEnd()) && !x.end().isBefore(context.periodStart())) {
        exchanged.merge(x.person(), x.id(), (a, b) -> a.compareTo(b) <= 0 ? a : b);
      }
    }
    return exchanged;
  }

  /** The ids as evidence, sorted. */
  protected static Evidence evidence(Iterable<String> ids) {
    ImmutableList<String> sorted = ImmutableList.sortedCopyOf(ids);
    return Evidence.of(sorted, sorted.size());
  }
}
