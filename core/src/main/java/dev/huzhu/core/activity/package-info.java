/**
 * The activity log (活动记录): every kind of mutual-aid activity the seed names, its participants,
 * quantities, follow-ups and tags.
 */
@HuzhuStyle
package dev.huzhu.core.activity;

import dev.huzhu.core.HuzhuStyle;
