package org.openbudget.common.testing.security;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a test class: its requests carry no token unless they add one ({@link Tokens}); without it every
 * rest-assured request of a {@code @QuarkusTest} carries the tests' default token ({@link DefaultToken}).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface ExplicitTokens {
}
