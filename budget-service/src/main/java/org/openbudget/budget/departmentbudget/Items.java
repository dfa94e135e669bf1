package org.openbudget.budget.departmentbudget;

import org.openbudget.common.problem.ProblemException;
import org.openbudget.disclosure.budget.WireNames;

import java.util.Arrays;
import java.util.stream.Collectors;

/** Enum items by the names they have in JSON ({@code vehicleOperation}), for path parameters. */
final class Items {

    private Items() {
    }

    static String name(Enum<?> item) {
        return WireNames.of(item);
    }

    static <E extends Enum<E>> E parse(Class<E> type, String field, String value) {
        return WireNames.lookup(type, value).orElseThrow(() -> ProblemException.invalid(field, "must be one of "
                + Arrays.stream(type.getEnumConstants()).map(WireNames::of).collect(Collectors.joining(", "))));
    }
}
