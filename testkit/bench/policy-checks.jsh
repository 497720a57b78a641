// Times PolicyChecks.check of the three built-in policies (100 seeds each), the second run of the
// first one warm. After `mvn -B -q -DskipTests package`, from the project folder:
//   m=~/.m2/repository; jshell -R-Dfile.encoding=UTF-8 --class-path examples/target/huzhu-examples.jar:testkit/target/huzhu-testkit-0.1.0-SNAPSHOT.jar:$m/org/junit/jupiter/junit-jupiter-api/6.1.3/junit-jupiter-api-6.1.3.jar:$m/org/opentest4j/opentest4j/1.3.0/opentest4j-1.3.0.jar:$m/org/junit/platform/junit-platform-commons/6.1.3/junit-platform-commons-6.1.3.jar testkit/bench/policy-checks.jsh
import dev.huzhu.testkit.property.*;
import dev.huzhu.examples.SeedFiles;
for (String name : new String[] {"zhucheng-bundled.yaml", "exchange-teacher.yaml", "double-pairing.yaml", "zhucheng-bundled.yaml"}) {
  var p = SeedFiles.policy(name);
  long t = System.nanoTime();
  var r = PolicyChecks.check(p);
  System.out.printf("%s: %d ms, %d properties, not applicable %s%n", name, (System.nanoTime() - t) / 1_000_000, r.verdicts().size(), r.notApplicable());
}
/exit
