package org.openbudget.budget.department;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** 名词解释 — one term the disclosure explains, and its explanation. */
@Embeddable
public class GlossaryTerm {

    @Column(nullable = false)
    public String term;

    @Column(nullable = false)
    public String definition;
}
