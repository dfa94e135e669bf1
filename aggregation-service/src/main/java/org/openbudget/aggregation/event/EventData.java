package org.openbudget.aggregation.event;

/** The {@code data} of a consumed event, bound to its record; see {@link ConsumedEvent}. */
public sealed interface EventData permits DepartmentChanged, DepartmentYearState {
}
