package org.openbudget.common.json;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a request field (or a list of strings) as free text — a narrative or description that may contain line
 * breaks and tabs ({@link TextRule#FREE_TEXT}). Every other string of a request body follows {@link TextRule#NAME}.
 * On a record component it reaches the constructor parameter Jackson reads.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
public @interface FreeText {
}
