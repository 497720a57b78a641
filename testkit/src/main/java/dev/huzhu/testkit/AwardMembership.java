package dev.huzhu.testkit;

import dev.huzhu.evaluation.report.AwardResult;
import dev.huzhu.evaluation.report.AwardedPerson;
import dev.huzhu.evaluation.report.Report;
import java.util.Optional;
import java.util.stream.Collectors;

/** Whether an award selects a subject, names a person, or has no winner at all. */
final class AwardMembership extends NamedExpectation {
  enum Member { SUBJECT, PERSON, NONE }

  private final String award;
  private final Member member;
  private final String id;
  private final boolean included;

  AwardMembership(Optional<String> name, String award, Member member, String id, boolean included) {
    super(name);
    this.award = award;
    this.member = member;
    this.id = id;
    this.included = included;
  }

  @Override
  String defaultName() {
    return member == Member.NONE ? award + " has no winner"
        : award + " " + want();
  }

  @Override
  public Expectation withName(String newName) {
    return new AwardMembership(Optional.of(newName), award, member, id, included);
  }

  @Override
  public ExpectationOutcome check(Report report) {
    String want = want();
    String wanted = member == Member.NONE ? "to have no winner" : (member == Member.SUBJECT
        ? (included ? "to include " : "to exclude ") : (included ? "to name " : "not to name ")) + id;
    Optional<AwardResult> a = report.award(award);
    if (a.isEmpty()) {
      return ExpectationOutcome.failed(name(), want, "no such award", "award " + award + ": expected it "
          + wanted + ", but the report of " + report.policyId() + " has no award " + award
          + "; its awards are " + (report.awards().isEmpty() ? "none" : report.awards().stream()
              .map(AwardResult::id).collect(Collectors.joining(", "))), Explanations.awards(report));
    }
    AwardResult result = a.get();
    // an id the report does not hold would make "excludes" pass whatever the award: a typing
    // mistake must fail, not pass
    if (member == Member.SUBJECT && report.subject(id).isEmpty()) {
      return ExpectationOutcome.failed(name(), want, "no such subject", "award " + award
          + ": expected it " + wanted + ", but " + Explanations.noSubject(report, id),
          Explanations.awards(report));
    }
    if (member == Member.PERSON && report.person(id).isEmpty()) {
      return ExpectationOutcome.failed(name(), want, "not on the list", "award " + award
          + ": expected it " + wanted + ", but " + id + " is not a member of any subject assessed by "
          + report.policyId(), Explanations.awards(report));
    }
    boolean holds = switch (member) {
      case SUBJECT -> !result.forPeople() && result.subjects().contains(id) == included;
      case PERSON -> result.forPeople()
          && result.people().stream().anyMatch(p -> p.person().equals(id)) == included;
      default -> result.forPeople() ? result.people().isEmpty() : result.subjects().isEmpty();
    };
    String winners = winners(result);
    if (holds) {
      return ExpectationOutcome.passed(name(), want, "award " + award + " " + want + ": it " + winners);
    }
    String got = member == Member.SUBJECT && result.forPeople() ? "is an award of people, not of subjects"
        : member == Member.PERSON && !result.forPeople() ? "is an award of subjects, not of people"
        : winners;
    return ExpectationOutcome.failed(name(), want, got, "award " + award + ": expected it " + wanted
        + ", but it " + got, Explanations.awards(report));
  }

  private String want() {
    return member == Member.NONE ? "no winner" : (member == Member.SUBJECT
        ? (included ? "includes " : "excludes ") : (included ? "names " : "does not name ")) + id;
  }

  private static String winners(AwardResult a) {
    if (a.forPeople()) {
      return a.people().isEmpty() ? "has no winner" : "names " + a.people().stream()
          .map(AwardedPerson::person).collect(Collectors.joining(", "));
    }
    return a.subjects().isEmpty() ? "has no winner" : "selects " + String.join(", ", a.subjects());
  }

}
