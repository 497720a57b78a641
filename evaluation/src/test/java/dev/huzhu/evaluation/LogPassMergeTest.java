package dev.huzhu.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.common.collect.ImmutableList;
import dev.huzhu.core.Dataset;
import dev.huzhu.core.activity.Activity;
import dev.huzhu.evaluation.measure.LogMeasure;
import dev.huzhu.evaluation.policy.Policy;
import dev.huzhu.evaluation.subject.AssessedSubject;
import dev.huzhu.evaluation.subject.SubjectResolver;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The merge law of the one-pass accumulators: split the log anywhere (into several parts, in any
 * order), accumulate the parts apart, merge — every raw value equals the one pass's.
 */
class LogPassMergeTest {

  @ParameterizedTest(name = "seed {0}, {1}")
  @MethodSource("dev.huzhu.evaluation.AssessmentPropertiesTest#seedsAndPolicies")
  void mergedPartsEqualOnePass(long seed, String policyId) {
    Policy policy = AssessmentPropertiesTest.policy(policyId);
    Dataset d = AssessmentPropertiesTest.dataset(seed);
    ImmutableList<AssessedSubject> subjects = SubjectResolver.resolve(policy.subjects(), d);
    ImmutableList<LogMeasure> measures = LogPass.logMeasures(policy);
    // evidence limit 3: the bounded evidence must merge to the same 3 smallest ids too
    LogPass pass = LogPass.of(policy, subjects, 3);

    LogPass.Tally whole = d.activities().stream().collect(pass.collector());

    Random r = new Random(seed);
    List<Activity> log = new ArrayList<>(d.activities());
    int cuts = 1 + r.nextInt(4);
    List<Integer> at = new ArrayList<>(List.of(0, log.size()));
    for (int c = 0; c < cuts; c++) {
      at.add(r.nextInt(log.size() + 1));
    }
    at.sort(Integer::compare);
    List<LogPass.Tally> parts = new ArrayList<>();
    for (int p = 0; p + 1 < at.size(); p++) {
      parts.add(log.subList(at.get(p), at.get(p + 1)).stream().collect(pass.collector()));
    }
    java.util.Collections.shuffle(parts, r);
    LogPass.Tally merged = parts.get(0);
    for (int p = 1; p < parts.size(); p++) {
      merged = merged.merge(parts.get(p));
    }

    for (int s = 0; s < subjects.size(); s++) {
      for (int m = 0; m < measures.size(); m++) {
        assertEquals(whole.subjects().get(s).raw(measures.get(m)),
            merged.subjects().get(s).raw(measures.get(m)),
            "seed " + seed + ", cuts " + at + ": " + subjects.get(s).id() + " measure " + m);
      }
    }
  }
}
