package org.openbudget.performance.targets;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** 专项资金绩效目标 — the goal of one earmarked fund. */
@Embeddable
public class SpecialFundGoal {

    @Column(nullable = false)
    public String name;

    @Column(nullable = false)
    public String goal;
}
