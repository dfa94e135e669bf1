package org.openbudget.disclosure.money;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A budget amount as a client writes it: not negative, at most 2 decimals, and small enough to fit
 * {@code numeric(18,2)} in 元 even when written in 万元. {@code null} means a blank cell, which is not 0.
 */
@DecimalMin(value = "0", message = "must not be negative")
@Digits(integer = 12, fraction = 2, message = "must have at most 12 digits before and 2 after the decimal point")
@Constraint(validatedBy = {})
@Documented
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.TYPE_USE, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface Amount {

    String message() default "must be a non-negative amount with at most 2 decimals";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
