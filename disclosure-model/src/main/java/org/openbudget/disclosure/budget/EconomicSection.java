package org.openbudget.disclosure.budget;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;

/** The rows of table 6 and its printed 合计 (the sum of the 类 rows when omitted). */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EconomicSection(@Valid EconomicFigures total,
                              @Size(max = 1000) List<@NotNull @Valid EconomicLine> lines) {

    public static final EconomicSection EMPTY = new EconomicSection(null, List.of());

    public EconomicSection {
        total = Blankable.orNull(total);
        lines = lines == null ? List.of() : lines;
    }
}
