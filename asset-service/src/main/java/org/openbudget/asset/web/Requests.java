package org.openbudget.asset.web;

import org.openbudget.asset.money.AmountPrecision;
import org.openbudget.asset.money.Amounted;
import org.openbudget.disclosure.money.AmountUnit;
import org.openbudget.asset.validation.Finding;
import org.openbudget.common.problem.FieldError;
import org.openbudget.common.problem.ProblemException;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.function.Predicate;

/** Reads path and query values strictly: a value that is not what it claims is a 400 naming it. */
public final class Requests {

    public static final String DEPARTMENT = "[0-9A-Za-z]{1,20}";
    public static final String DEPARTMENT_MESSAGE = "must be 1-20 letters or digits";

    private Requests() {
    }

    public static String department(String code) {
        if (code == null || !code.matches(DEPARTMENT)) {
            throw ProblemException.invalid("dept", DEPARTMENT_MESSAGE);
        }
        return code;
    }

    public static int year(String field, String value) {
        if (value == null || !value.matches("\\d{4}")) {
            throw ProblemException.invalid(field, "must be a 4-digit year, e.g. 2022");
        }
        int year = Integer.parseInt(value);
        if (year < 1990 || year > 2100) {
            throw ProblemException.invalid(field, "must be between 1990 and 2100");
        }
        return year;
    }

    public static Integer optionalYear(String field, String value) {
        return value == null || value.isBlank() ? null : year(field, value);
    }

    public static LocalDate date(String field, String value) {
        try {
            LocalDate date = LocalDate.parse(value);
            year(field, Integer.toString(date.getYear()));
            return date;
        } catch (DateTimeParseException | NullPointerException e) {
            throw ProblemException.invalid(field, "must be an ISO date such as 2021-12-31");
        }
    }

    /** {@code ?unit=}: 元 (the default, canonical) or 万元. */
    public static AmountUnit unit(String value) {
        if (value == null || value.isBlank()) {
            return AmountUnit.YUAN;
        }
        return AmountUnit.byLabel(value)
                .orElseThrow(() -> ProblemException.invalid("unit", "must be 元 or 万元"));
    }

    /** Amounts that cannot be stored exactly in 元 are refused, never rounded. */
    public static void requireExactAmounts(AmountUnit unit, Amounted body) {
        List<FieldError> errors = AmountPrecision.check(unit, body);
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
    }

    /** Findings of input rules (e.g. a negative count) refuse the write: a 400 naming each field with its rule. */
    public static void rejectInputFindings(List<Finding> findings, Predicate<Finding> rejects) {
        List<FieldError> errors = findings.stream().filter(rejects)
                .map(f -> new FieldError(f.field(), f.message() + " (" + f.rule() + ")")).toList();
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
    }
}
