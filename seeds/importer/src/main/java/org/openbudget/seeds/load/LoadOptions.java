package org.openbudget.seeds.load;

import org.openbudget.seeds.load.api.DepartmentBody;

/**
 * What the document may not say: the department code (the Shanghai layout prints none), the year, and
 * the county the department belongs to (no layout prints its 6-digit code). Null means "take it from the
 * document" (code, year) or "unknown" (region).
 *
 * @param codes            the {@code --departments} list: a code by printed name, for a document that prints none
 * @param codeMayBeMissing {@code --parse-only}: a document without a code is planned with {@code {dept}} in its paths
 *                         and a warning, never refused (nothing is sent)
 */
public record LoadOptions(String department, Integer year, DepartmentBody.Region region, DepartmentCodes codes,
                          boolean codeMayBeMissing) {

    public LoadOptions {
        codes = codes == null ? DepartmentCodes.none() : codes;
    }

    public LoadOptions(String department, Integer year, DepartmentBody.Region region) {
        this(department, year, region, DepartmentCodes.none(), false);
    }

    public static LoadOptions none() {
        return new LoadOptions(null, null, null);
    }

    public LoadOptions withRegion(DepartmentBody.Region r) {
        return new LoadOptions(department, year, r, codes, codeMayBeMissing);
    }
}
