package org.openbudget.seeds.load;

import org.openbudget.seeds.parse.Warning;

import java.util.List;

/**
 * The requests that load one document, in order (the department before its budget), and the warnings
 * about what the services cannot take.
 */
public record LoadPlan(String department, int year, List<ApiCall> calls, List<Warning> warnings) {

    public LoadPlan {
        calls = List.copyOf(calls);
        warnings = List.copyOf(warnings);
    }
}
