package dev.huzhu.core;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style shared by every huzhu value type, in every module.
 *
 * <p>An abstract type {@code School} gets a generated {@code ImmutableSchool}: build one with
 * {@code School.builder()…build()}, copy one with a change by
 * {@code ImmutableSchool.copyOf(school).withName(…)}; a builder starts from an existing value with
 * {@code copyFrom(value)}. Collections are Guava's immutable
 * collections and keep the order they were given in, except sets of enum constants (roles,
 * subjects), which are in declaration order.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    // builders copy with copyFrom(value), not from(value): an attribute may be named "from"
    // (an exchange's home school), and a file reader must never mistake the copy method for it
    from = "copyFrom",
    visibility = Value.Style.ImplementationVisibility.PUBLIC,
    builderVisibility = Value.Style.BuilderVisibility.PUBLIC,
    defaults = @Value.Immutable(copy = true),
    // a builder missing a required field throws huzhu's own exception, naming each field
    throwForInvalidImmutableState = InvalidValueException.class)
public @interface HuzhuStyle {}
