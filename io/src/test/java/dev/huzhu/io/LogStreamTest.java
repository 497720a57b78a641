package dev.huzhu.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.huzhu.core.Dataset;
import dev.huzhu.core.activity.Activity;
import dev.huzhu.core.synthetic.Scale;
import dev.huzhu.core.synthetic.SyntheticDatasets;
import dev.huzhu.evaluation.Assessment;
import dev.huzhu.evaluation.policy.BuiltInPolicies;
import dev.huzhu.evaluation.policy.Policy;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Logs read as streams: the same assessment as in memory, and every bad record reported. */
class LogStreamTest {
  static LongStream seeds() {
    return LongStream.rangeClosed(1, 12);
  }

  private static String log(List<Activity> activities, LogFormat format) {
    StringWriter out = new StringWriter();
    ActivityLogs.write(activities, out, format);
    return out.toString();
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void aStreamedLogGivesTheSameReportAsTheDatasetInMemory(long seed) {
    Dataset d = SyntheticDatasets.generate(seed, Scale.tiny()).dataset();
    Dataset structure = Dataset.builder().copyFrom(d).activities(List.of()).build();
    for (LogFormat format : LogFormat.values()) {
      String text = log(d.activities(), format);
      for (Policy policy : List.of(BuiltInPolicies.zhuchengBundled(), BuiltInPolicies.exchangeTeacher(),
          BuiltInPolicies.doublePairing())) {
        Assessment assessment = Assessment.of(policy);
        try (LogStream sequential = ActivityLogs.open(new StringReader(text), "log", format, structure,
            ReadLimits.defaults());
            LogStream parallel = ActivityLogs.open(new StringReader(text), "log", format, structure,
                ReadLimits.defaults())) {
          assertThat(assessment.run(structure, sequential.activities()))
              .as("%s, %s", format, policy.id()).isEqualTo(assessment.run(d));
          assertThat(assessment.runParallel(structure, parallel.activities()))
              .as("%s, %s in parallel", format, policy.id()).isEqualTo(assessment.run(d));
          assertThat(sequential.recordsRead()).isEqualTo(d.activities().size());
        }
      }
    }
  }

  @Test
  void everyBadRecordIsReportedWhenTheStreamEndsAndNoneIsHandedOn() {
    Dataset d = SyntheticDatasets.generate(3, Scale.tiny()).structure();
    String team = d.teams().get(0).id();
    String person = d.people().get(0).id();
    // the header may list its columns in any order: credited first puts the bad cells at
    // known columns whatever the ids' lengths
    String row3 = team + ",a-2,2012-10-09,SENT_LESSON," + "p-nobody:LEAD" + ",";
    String text = "credited,id,date,kind,participants,lessons\n"
        + "g-nowhere,a-1,2012-10-08,SENT_LESSON,,\n"
        + row3 + "\n"
        + team + ",a-3,2012-10-10,SENT_LESSON," + person + ":LEAD,-1\n"
        + team + ",a-4,2012-10-11,SENT_LESSON," + person + ":LEAD,1\n";
    int participantsColumn = row3.indexOf("p-nobody") + 1;
    int lessonsColumn = (team + ",a-3,2012-10-10,SENT_LESSON," + person + ":LEAD,").length() + 1;

    List<String> handedOn = new ArrayList<>();
    InvalidFileException e;
    try (LogStream log = ActivityLogs.open(new StringReader(text), "log.csv", LogFormat.CSV, d,
        ReadLimits.defaults())) {
      Iterator<Activity> records = log.activities().iterator();
      e = catchThrowableOfType(InvalidFileException.class, () -> records.forEachRemaining(a -> handedOn.add(a.id())));
    }
    assertThat(handedOn).containsExactly("a-4");
    assertThat(e.problems().stream().map(Object::toString).collect(Collectors.toList())).containsExactly(
        "log.csv:2:1 UNKNOWN_REFERENCE at credited[0]: activity a-1 is credited to g-nowhere, which is not a team, pairing, exchange, school or community in the dataset",
        "log.csv:3:" + participantsColumn + " UNKNOWN_REFERENCE at participants[0].person: activity a-2's participant names person p-nobody, which is not in the dataset",
        "log.csv:4:" + lessonsColumn + " NEGATIVE_QUANTITY at quantities.lessons: activity a-3's lessons is -1; quantities are not negative");
  }

  @Test
  void anAssessmentFedABadLogFailsWithTheLogsProblems() {
    Dataset d = SyntheticDatasets.generate(3, Scale.tiny()).structure();
    String text = "id,date,kind,credited\na-1,2012-10-08,SENT_LESSON,g-nowhere\n";
    try (LogStream log = ActivityLogs.open(new StringReader(text), "log.csv", LogFormat.CSV, d,
        ReadLimits.defaults())) {
      InvalidFileException e = catchThrowableOfType(InvalidFileException.class,
          () -> Assessment.of(BuiltInPolicies.zhuchengBundled()).run(d, log.activities()));
      assertThat(e.problems()).hasSize(1);
      assertThat(e.problems().get(0).location().orElseThrow().toString()).isEqualTo("log.csv:2:28");
    }
  }
}
