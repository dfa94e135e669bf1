package org.openbudget.aggregation.intake;

/**
 * What an event changes, known before any transaction: the aggregate (per projector), its version, and the
 * department whose roll-up attribution it takes part in. A batch applies only the newest version of each
 * aggregate it holds, and locks its departments in one order (see {@link EventIntake}).
 */
public record Target(String aggregate, long version, String department) {
}
