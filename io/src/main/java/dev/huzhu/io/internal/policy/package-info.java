/**
 * The codec of a policy file, not API: the policy's tree, and its measures and scorings read and
 * written from the forms their kinds declare. Not exported; the entry point is
 * {@link dev.huzhu.io.PolicyFiles}.
 */
package dev.huzhu.io.internal.policy;
