/**
 * The core's helpers for huzhu's own modules, not API: {@link dev.huzhu.core.internal.ValueChecks},
 * the checks a value makes of its own fields as it is built. The module exports this package only
 * to the evaluation and io modules, whose values and messages check alike; anything here may
 * change without notice.
 */
package dev.huzhu.core.internal;
