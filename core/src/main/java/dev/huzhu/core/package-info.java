/**
 * huzhu's domain core (互助): the {@link dev.huzhu.core.Dataset} aggregate with its look-ups, the
 * shared value style and the exception root. The entities live in one package each
 * ({@code school}, {@code person}, {@code community}, {@code team}, {@code exchange},
 * {@code pairing}, {@code activity}, {@code score}); validation and the synthetic generator have
 * their own packages. Nothing here knows about files or assessment.
 */
@HuzhuStyle
package dev.huzhu.core;
