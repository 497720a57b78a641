// A generated county: 3 communities, 2 party pairings and 20,000 activities, the same for the
// same seed on any machine; the 诸城 policy applied to its research groups, top five shown.
//   jshell --class-path examples/target/huzhu-examples.jar examples/jshell/synthetic.jsh
import dev.huzhu.core.synthetic.*
import dev.huzhu.evaluation.*
import dev.huzhu.evaluation.policy.*

var county = SyntheticDatasets.generate(7, Scale.of(3, 2, 20_000))
var data = county.dataset()
System.out.println(data.schools().size() + " schools, " + data.people().size() + " people, "
    + data.teams().size() + " teams, " + data.activities().size() + " activities")
var report = Assessment.of(BuiltInPolicies.zhuchengBundled()).run(data)
report.subjects().stream().limit(5).forEach(s -> System.out.println(s.order() + ". " + s.id()
    + " " + s.label() + " " + s.total() + " " + s.bandLabel().orElse("")
    + (s.vetoed() ? " (一票否决)" : "")))
/exit
