package org.openbudget.disclosure.budget;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;

/**
 * The functional rows and the 合计 row. {@code total} is the 合计 as printed (a 万元 document rounds it by
 * itself, so it can differ from the sum of the 类 rows by a cent); when omitted it is the sum of the 类 rows.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FunctionalSection(@Valid FunctionalFigures total,
                                @Size(max = 3000) List<@NotNull @Valid FunctionalLine> lines) {

    public static final FunctionalSection EMPTY = new FunctionalSection(null, List.of());

    public FunctionalSection {
        total = Blankable.orNull(total);
        lines = lines == null ? List.of() : lines;
    }
}
