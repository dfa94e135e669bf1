package org.openbudget.aggregation.budget;

/** TEMPORARY until disclosure-model step B names its enums' wire names: GENERAL_BUDGET → generalBudget. */
public final class Wire {

    private Wire() {
    }

    public static String of(Enum<?> value) {
        StringBuilder s = new StringBuilder();
        boolean upper = false;
        for (char c : value.name().toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                s.append(upper ? c : Character.toLowerCase(c));
                upper = false;
            }
        }
        return s.toString();
    }
}
