package org.openbudget.seeds.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The shipped classification catalogs (budget-service/src/main/resources/catalog/*.csv: code,name,level,verified),
 * read so that generated budgets only use codes and names the budget service knows.
 */
public record Catalog(Map<String, String> functionalNames, List<String> functionalItems,
                      Map<String, String> economicNames, List<String> personnelItems, List<String> publicUseItems,
                      List<String> householdItems) {

    public static Catalog load(Path dir) throws IOException {
        Map<String, String> functional = names(dir.resolve("functional_classification.csv"));
        Map<String, String> economic = names(dir.resolve("economic_classification.csv"));
        List<String> items = new ArrayList<>();
        // a 项 (7 digits) is usable only when its 款 and 类 are in the catalog too: the budget nests them
        for (String code : functional.keySet()) {
            if (code.length() == 7 && functional.containsKey(code.substring(0, 5)) && functional.containsKey(code.substring(0, 3))) {
                items.add(code);
            }
        }
        return new Catalog(functional, items, economic, children(economic, "301"), children(economic, "302"),
                children(economic, "303"));
    }

    private static List<String> children(Map<String, String> economic, String parent) {
        return economic.keySet().stream().filter(c -> c.length() == 5 && c.startsWith(parent)).toList();
    }

    private static Map<String, String> names(Path csv) throws IOException {
        Map<String, String> out = new LinkedHashMap<>();
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",", -1);
            if (cells.length >= 2 && !cells[0].isBlank()) {
                out.put(cells[0].trim(), cells[1].trim());
            }
        }
        return out;
    }
}
