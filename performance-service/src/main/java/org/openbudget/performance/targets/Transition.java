package org.openbudget.performance.targets;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * The workflow draft → submitted → approved → published, plus reopen (退回) of a submitted or approved
 * revision back to draft. Anything else is illegal. Pure.
 */
public enum Transition {
    SUBMIT(EnumSet.of(Status.DRAFT), Status.SUBMITTED),
    APPROVE(EnumSet.of(Status.SUBMITTED), Status.APPROVED),
    PUBLISH(EnumSet.of(Status.APPROVED), Status.PUBLISHED),
    REOPEN(EnumSet.of(Status.SUBMITTED, Status.APPROVED), Status.DRAFT);

    private final Set<Status> from;
    private final Status to;

    Transition(Set<Status> from, Status to) {
        this.from = from;
        this.to = to;
    }

    /** The status after this transition, or empty when it is not allowed from {@code current}. */
    public Optional<Status> from(Status current) {
        return from.contains(current) ? Optional.of(to) : Optional.empty();
    }

    public Set<Status> allowedFrom() {
        return from;
    }

    public String code() {
        return name().toLowerCase();
    }
}
