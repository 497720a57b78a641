/**
 * Problems and validation: {@link dev.huzhu.core.validation.Problem} (a code, a path, a message)
 * and {@link dev.huzhu.core.validation.DatasetValidator}, which reports every problem of a dataset
 * at once. Nothing here throws for bad data; the checks a single value makes as it is built live
 * in {@code dev.huzhu.core.internal}.
 */
@HuzhuStyle
package dev.huzhu.core.validation;

import dev.huzhu.core.HuzhuStyle;
