/**
 * Testing assessment policies (docs/files.md#policy-test-files), for policy authors: the fluent
 * {@link dev.huzhu.testkit.PolicyVerifier} for JUnit tests, policy tests written as data files and
 * run by {@link dev.huzhu.testkit.PolicyTests} (one JUnit 5 dynamic test per expectation) or by
 * {@code huzhu test}, and in {@code property} the checks any sane policy must pass, seeded and
 * shrunk to a small counterexample.
 *
 * <p>What running policy test files found, from the smallest: an
 * {@link dev.huzhu.testkit.ExpectationOutcome} (one expectation on one report), a
 * {@link dev.huzhu.testkit.PolicyTestFileRun} (one file: its outcomes, or its problems) and a
 * {@link dev.huzhu.testkit.PolicyTestRun} (every file at a path). In JUnit tests,
 * {@link dev.huzhu.testkit.ReportAssert} asserts on the report of one assessment.
 */
@HuzhuStyle
package dev.huzhu.testkit;

import dev.huzhu.core.HuzhuStyle;
