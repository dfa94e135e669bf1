package org.openbudget.seeds.load;

import org.openbudget.seeds.load.api.DepartmentBody;

/**
 * What the document may not say: the department code (the Shanghai layout prints none), the year, and
 * the county the department belongs to (no layout prints its 6-digit code). Null means "take it from the
 * document" (code, year) or "unknown" (region).
 */
public record LoadOptions(String department, Integer year, DepartmentBody.Region region) {

    public static LoadOptions none() {
        return new LoadOptions(null, null, null);
    }

    public LoadOptions withRegion(DepartmentBody.Region r) {
        return new LoadOptions(department, year, r);
    }
}
