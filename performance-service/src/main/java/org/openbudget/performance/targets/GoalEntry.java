package org.openbudget.performance.targets;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A 绩效目标 (goal) paragraph with its 绩效指标 (how it is measured) paragraph. */
@Embeddable
public class GoalEntry {

    @Column(nullable = false)
    public String goal;

    @Column(nullable = false)
    public String indicator;
}
