package org.openbudget.disclosure.budget;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.Valid;

/** The figures of one functional row without its code: used for the printed 合计 row. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FunctionalFigures(@Valid FunctionalRevenue revenue, @Valid FunctionalExpenditure expenditure)
        implements Blankable {

    public FunctionalFigures {
        revenue = Blankable.orNull(revenue);
        expenditure = Blankable.orNull(expenditure);
    }

    @JsonIgnore
    @Override
    public boolean isBlank() {
        return revenue == null && expenditure == null;
    }
}
