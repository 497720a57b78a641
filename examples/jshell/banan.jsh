// 巴南区's 团队互助考核 on the seed's files: the community's four teams over the school year
// 2013–2014. From the project folder, after building (mvn -B -q -DskipTests package):
//   jshell --class-path examples/target/huzhu-examples.jar examples/jshell/banan.jsh
import dev.huzhu.examples.*
import dev.huzhu.evaluation.*

// the seed's dataset and every site's log, validated; then the team policy, from YAML
var data = SeedFiles.read()
var policy = SeedFiles.policy(Site.BANAN)
var report = Assessment.of(policy).run(data)
System.out.println(report.table())
// every figure of the 校长工作室, so that it re-adds by hand
System.out.println(report.explain("g-bn-studio"))
/exit
