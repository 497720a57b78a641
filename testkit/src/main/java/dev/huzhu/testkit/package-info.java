/**
 * Testing assessment policies (SPEC §3.7), for policy authors: the fluent
 * {@link dev.huzhu.testkit.PolicyVerifier} for JUnit tests, policy tests written as data files and
 * run by {@link dev.huzhu.testkit.PolicyTests} (one JUnit 5 dynamic test per expectation) or by
 * {@code huzhu test}, and in {@code property} the checks any sane policy must pass, seeded and
 * shrunk to a small counterexample.
 */
@HuzhuStyle
package dev.huzhu.testkit;

import dev.huzhu.core.HuzhuStyle;
