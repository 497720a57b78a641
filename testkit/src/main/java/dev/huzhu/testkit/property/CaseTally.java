package dev.huzhu.testkit.property;

import java.util.ArrayList;
import java.util.List;

/**
 * Tallies the cases a property tried on one dataset into its {@link PropertyOutcome}: it holds
 * when at least one case was checked (and none violated, which returns at once), and does not
 * apply when every case was skipped.
 */
final class CaseTally {
  private boolean checked;
  private final List<String> skipped = new ArrayList<>();

  void checked() {
    checked = true;
  }

  void skipped(String reason) {
    skipped.add(reason);
  }

  PropertyOutcome outcome(String whenNothing) {
    if (checked) {
      return PropertyOutcome.holds();
    }
    // the first few reasons are enough to see why; a long list would hide them
    return PropertyOutcome.notApplicable(skipped.isEmpty() ? whenNothing
        : String.join("; ", skipped.subList(0, Math.min(3, skipped.size())))
            + (skipped.size() > 3 ? "; and " + (skipped.size() - 3) + " more" : ""));
  }
}
