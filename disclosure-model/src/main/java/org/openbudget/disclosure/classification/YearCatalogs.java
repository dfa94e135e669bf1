package org.openbudget.disclosure.classification;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The functional and economic catalogs shipped per budget year ({@code catalogs/{scheme}-{year}.csv} beside this
 * class; provenance in {@code catalogs/README.md}), and how they change from year to year
 * ({@code catalogs/changes.csv}, {@link #changes()}). A year outside {@link #FIRST_YEAR}–{@link #LAST_YEAR} is
 * served by the nearest shipped one; {@link YearCatalog#catalogYear()} says which.
 */
public final class YearCatalogs {

    public static final int FIRST_YEAR = 2022;
    public static final int LAST_YEAR = 2026;

    private static final String DIR = "catalogs/";
    private static final Map<CatalogScheme, Map<Integer, YearCatalog>> CACHE = new EnumMap<>(CatalogScheme.class);
    private static final List<CodeChange> CHANGES = loadChanges();

    static {
        for (CatalogScheme s : CatalogScheme.values()) {
            CACHE.put(s, new ConcurrentHashMap<>());
        }
    }

    private YearCatalogs() {
    }

    /** The years with a catalog of their own, ascending. */
    public static List<Integer> years() {
        List<Integer> years = new ArrayList<>();
        for (int y = FIRST_YEAR; y <= LAST_YEAR; y++) {
            years.add(y);
        }
        return years;
    }

    /** The shipped year that stands for {@code year}: itself, or the nearest end of the range. */
    public static int nearestYear(int year) {
        return Math.max(FIRST_YEAR, Math.min(LAST_YEAR, year));
    }

    /** The catalog a document of {@code year} is checked against. */
    public static YearCatalog catalog(CatalogScheme scheme, int year) {
        YearCatalog shipped = CACHE.get(scheme).computeIfAbsent(nearestYear(year), y -> new YearCatalog(scheme, y, y, load(scheme, y)));
        return shipped.year() == year ? shipped : new YearCatalog(scheme, year, shipped.catalogYear(), shipped.codes());
    }

    /** The shipped rows of one year, in file order (类 before its 款, 款 before its 项). */
    public static List<CatalogCode> codes(CatalogScheme scheme, int shippedYear) {
        if (shippedYear < FIRST_YEAR || shippedYear > LAST_YEAR) {
            throw new IllegalArgumentException("no catalog is shipped for " + shippedYear);
        }
        return catalog(scheme, shippedYear).codes();
    }

    /** Every change, by year. */
    public static List<CodeChange> changes() {
        return CHANGES;
    }

    /** Names compare without the differences real documents show: bracket width and white space ("维修(护)费" = "维修（护）费"). */
    public static String normalizedName(String name) {
        return name == null ? "" : name.replace('(', '（').replace(')', '）').replaceAll("\\s+", "");
    }

    private static List<CatalogCode> load(CatalogScheme scheme, int year) {
        List<CatalogCode> codes = new ArrayList<>();
        for (String[] cols : rows(scheme.wire() + "-" + year + ".csv", "code,name,level,verified", 4)) {
            codes.add(new CatalogCode(cols[0], cols[1], cols[2], Boolean.parseBoolean(cols[3])));
        }
        return List.copyOf(codes);
    }

    private static List<CodeChange> loadChanges() {
        List<CodeChange> changes = new ArrayList<>();
        for (String[] c : rows("changes.csv", "year,scheme,change,code,name,previous_name,level,source", 8)) {
            changes.add(new CodeChange(Integer.parseInt(c[0]), CatalogScheme.byWire(c[1]),
                    CodeChange.Kind.valueOf(c[2].toUpperCase(java.util.Locale.ROOT)), c[3], c[4], c[5].isEmpty() ? null : c[5], c[6], c[7]));
        }
        changes.sort(java.util.Comparator.comparingInt(CodeChange::year));
        return List.copyOf(changes);
    }

    /**
     * Our own files: '#' comment lines, a header, then rows whose only field that may hold a comma is the last
     * (a change's source) — so a split with a limit reads them; uploads from elsewhere go through a CSV library.
     */
    private static List<String[]> rows(String file, String header, int columns) {
        try (InputStream in = YearCatalogs.class.getResourceAsStream(DIR + file)) {
            if (in == null) {
                throw new IllegalStateException(DIR + file + " is missing beside " + YearCatalogs.class.getName());
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String[]> rows = new ArrayList<>();
            boolean headerSeen = false;
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (!headerSeen) {
                    if (!line.equals(header)) {
                        throw new IllegalStateException(file + ": header must be " + header);
                    }
                    headerSeen = true;
                    continue;
                }
                String[] cols = line.split(",", columns);
                if (cols.length != columns) {
                    throw new IllegalStateException(file + ": expected " + columns + " columns in " + line);
                }
                rows.add(cols);
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
