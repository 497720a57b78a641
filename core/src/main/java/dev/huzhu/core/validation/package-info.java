/**
 * Problems and validation: {@link dev.huzhu.core.validation.Problem} (a code, a path, a message),
 * the checks a single value makes as it is built ({@link dev.huzhu.core.validation.ValueChecks}),
 * and {@link dev.huzhu.core.validation.DatasetValidator}, which reports every problem of a dataset
 * at once. Nothing here throws for bad data except the single-value checks.
 */
@HuzhuStyle
package dev.huzhu.core.validation;

import dev.huzhu.core.HuzhuStyle;
