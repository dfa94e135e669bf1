package org.openbudget.disclosure.classification;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The 30 functional 类 the seed prints in tables 1 and 4 (2022 科目), from {@code functional-classes.csv} beside
 * this class. budget-service passes the year's own catalog instead (the catalog is the truth per year); this list
 * is the default where no catalog is at hand — aggregation-service's documents, the importer.
 */
public final class FunctionalClasses {

    private static final String RESOURCE = "functional-classes.csv";
    private static final List<FunctionalClass> ALL = load();

    private FunctionalClasses() {
    }

    /** In code order. */
    public static List<FunctionalClass> all() {
        return ALL;
    }

    /** 211 → 节能环保支出. */
    public static Optional<String> name(String code) {
        return ALL.stream().filter(c -> c.code().equals(code)).map(FunctionalClass::name).findFirst();
    }

    /** 节能环保支出 → 211 (exact name). */
    public static Optional<String> code(String name) {
        return ALL.stream().filter(c -> c.name().equals(name)).map(FunctionalClass::code).findFirst();
    }

    private static List<FunctionalClass> load() {
        try (InputStream in = FunctionalClasses.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing beside " + FunctionalClasses.class.getName());
            }
            List<FunctionalClass> classes = new ArrayList<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#") || line.startsWith("code,")) {
                    continue;
                }
                String[] parts = line.split(",", 2);
                classes.add(new FunctionalClass(parts[0].trim(), parts[1].trim()));
            }
            return List.copyOf(classes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
