package org.openbudget.disclosure.classification;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The catalog a document of {@code year} is checked against: the one shipped for {@code catalogYear} (the same year,
 * or the nearest shipped one), and the year-to-year changes that tell an obsolete code from an unknown one.
 */
public final class YearCatalog {

    private final CatalogScheme scheme;
    private final int year;
    private final int catalogYear;
    private final List<CatalogCode> codes;
    private final Map<String, CatalogCode> byCode = new HashMap<>();

    YearCatalog(CatalogScheme scheme, int year, int catalogYear, List<CatalogCode> codes) {
        this.scheme = scheme;
        this.year = year;
        this.catalogYear = catalogYear;
        this.codes = codes;
        codes.forEach(c -> byCode.put(c.code(), c));
    }

    public CatalogScheme scheme() {
        return scheme;
    }

    /** The year asked for. */
    public int year() {
        return year;
    }

    /** The year whose catalog answers. */
    public int catalogYear() {
        return catalogYear;
    }

    public List<CatalogCode> codes() {
        return codes;
    }

    public Optional<CatalogCode> find(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    /** The 30-odd functional 类 that tables 1 and 4 print for this year. */
    public List<FunctionalClass> topLevel() {
        return codes.stream().filter(c -> c.code().length() == 3).map(c -> new FunctionalClass(c.code(), c.name())).toList();
    }

    /** What this catalog says of a printed code and name; {@code name} may be null (not compared then). */
    public CodeStatus status(String code, String name) {
        String note = catalogYear == year ? "" : "（" + year + "年无目录，按" + catalogYear + "年目录核对）";
        CatalogCode entry = byCode.get(code);
        if (entry != null) {
            if (name != null && !YearCatalogs.normalizedName(name).equals(YearCatalogs.normalizedName(entry.name()))) {
                return new CodeStatus(CodeStatus.Kind.NAME_DIFFERS, scheme, code, year, catalogYear, entry, null,
                        code + " " + name + "：" + catalogYear + "年目录名称为“" + entry.name() + "”"
                                + (entry.verified() ? "" : "（目录行未经核实）") + note);
            }
            return new CodeStatus(CodeStatus.Kind.VALID, scheme, code, year, catalogYear, entry, null, code + "：有效" + note);
        }
        Optional<CodeChange> retired = CodeHistory.retirement(scheme, code, catalogYear);
        if (retired.isPresent()) {
            return new CodeStatus(CodeStatus.Kind.OBSOLETE, scheme, code, year, catalogYear, null, retired.get(),
                    code + label(name) + "：" + year + "年已废止（" + (retired.get().year() - 1) + "年后停用）" + note);
        }
        Optional<CodeChange> added = CodeHistory.addition(scheme, code, catalogYear);
        if (added.isPresent()) {
            return new CodeStatus(CodeStatus.Kind.NOT_YET, scheme, code, year, catalogYear, null, added.get(),
                    code + label(name) + "：" + added.get().year() + "年起才设立，" + year + "年目录中没有" + note);
        }
        return new CodeStatus(CodeStatus.Kind.UNKNOWN, scheme, code, year, catalogYear, null, null,
                code + label(name) + "：不在" + catalogYear + "年" + (scheme == CatalogScheme.FUNCTIONAL ? "支出功能分类" : "支出经济分类")
                        + "目录中" + note);
    }

    private static String label(String name) {
        return name == null || name.isBlank() ? "" : " " + name;
    }
}
