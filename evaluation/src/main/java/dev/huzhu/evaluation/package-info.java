/**
 * Assessment (捆绑考核): policies, measures, scorings, grading, awards, bundling and the report
 * that explains every figure (SPEC §3). Depends on the domain core only. The engine arrives with
 * the assessment issue; until then this module holds no types.
 */
@HuzhuStyle
package dev.huzhu.evaluation;

import dev.huzhu.core.HuzhuStyle;
