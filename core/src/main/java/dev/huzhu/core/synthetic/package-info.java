/**
 * The seeded synthetic-dataset generator ({@link dev.huzhu.core.synthetic.SyntheticDatasets}):
 * valid datasets of any size, deterministic for a seed, for tests, examples and benchmarks.
 * The activity log is a stream, so a large one is never held in memory whole.
 */
@HuzhuStyle
package dev.huzhu.core.synthetic;

import dev.huzhu.core.HuzhuStyle;
