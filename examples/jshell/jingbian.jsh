// 靖边六小 and its four rural schools under the 城乡均衡 policy: is the gap closing? From the
// project folder, after building (mvn -B -q -DskipTests package):
//   jshell --class-path examples/target/huzhu-examples.jar examples/jshell/jingbian.jsh
import dev.huzhu.examples.*
import dev.huzhu.evaluation.*

// the five sites' files, validated; the built-in 城乡均衡 policy, from YAML
var data = SeedFiles.read()
var policy = SeedFiles.policy(Site.JINGBIAN)
var report = Assessment.of(policy).run(data)
System.out.println(report.table())
// how far 六小's lead narrowed, the 差异系数 of the schools, who was exchanged: every record read
System.out.println(report.explain("c-jb6"))
/exit
