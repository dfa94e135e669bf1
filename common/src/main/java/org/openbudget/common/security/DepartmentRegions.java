package org.openbudget.common.security;

import java.util.Optional;
import java.util.Set;

/**
 * Which region (county, 6-digit division code) a department belongs to: a reviewer's {@code regions} claim opens
 * the departments of those regions. budget-service owns departments and answers from its own table; the other
 * services answer from what they learned of budget-service's department events.
 */
public interface DepartmentRegions {

    /** The department's region, empty when this service does not (yet) know the department. */
    Optional<String> regionOf(String department);

    /** The departments this service knows in these regions (a reviewer's, for filtering a list). */
    Set<String> departmentsIn(Set<String> regions);
}
