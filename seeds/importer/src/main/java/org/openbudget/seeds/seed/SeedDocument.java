package org.openbudget.seeds.seed;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.MinimalPrettyPrinter;
import org.openbudget.disclosure.budget.BudgetContent;
import org.openbudget.disclosure.budget.EconomicLine;
import org.openbudget.disclosure.budget.EconomicSection;
import org.openbudget.disclosure.budget.FunctionalLine;
import org.openbudget.disclosure.budget.FunctionalSection;
import org.openbudget.disclosure.budget.PriorYearFigure;
import org.openbudget.disclosure.budget.ThreePublicLine;
import org.openbudget.seeds.load.ApiCall;
import org.openbudget.seeds.load.Json;
import org.openbudget.seeds.load.LoadOptions;
import org.openbudget.seeds.load.LoadPlan;
import org.openbudget.seeds.load.LoadPlanner;
import org.openbudget.seeds.load.api.DepartmentBody;
import org.openbudget.seeds.parse.DisclosureDocument;
import org.openbudget.seeds.parse.DocumentParser;
import org.openbudget.seeds.parse.ParsedTable;
import org.openbudget.seeds.parse.PrintedGrid;
import org.openbudget.seeds.parse.SourceText;
import org.openbudget.seeds.parse.TableKind;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;

/**
 * The seed — the published 2022 budget disclosure of 高邑县政府办, department 434 (seeds/000_089e20c77680147c.txt,
 * carried in this jar as {@value #RESOURCE}) — as the fixture of every test: its text, the importer's reading of
 * it, its nine tables as printed, and the requests the loader makes of it. The services' tests take this jar in
 * test scope instead of a copy of the text or a parser of their own, so the seed is read one way everywhere.
 */
public final class SeedDocument {

    public static final String RESOURCE = "seed/000_089e20c77680147c.txt";
    public static final String DEPARTMENT = "434";
    public static final int YEAR = 2022;
    /** The county (县, 130127 高邑县): no layout prints its code; the loader is told it (--region), and so is the plan here. */
    public static final DepartmentBody.Region REGION = new DepartmentBody.Region("130127", "高邑县");

    private static volatile String text;
    private static volatile DisclosureDocument parsed;
    private static volatile LoadPlan plan;

    private SeedDocument() {
    }

    /** The published text, exactly as committed. */
    public static String text() {
        if (text == null) {
            try (InputStream in = SeedDocument.class.getClassLoader().getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException(RESOURCE + " is not on the classpath: the seeds-importer jar carries it");
                }
                text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return text;
    }

    /** The importer's reading of the seed: tables, sections, warnings. */
    public static DisclosureDocument parsed() {
        if (parsed == null) {
            parsed = DocumentParser.parse(SourceText.of("000_089e20c77680147c.txt", text()));
        }
        return parsed;
    }

    /** Table {@code number} (1–9) as read. */
    public static ParsedTable table(int number) {
        return parsed().tables().stream().filter(t -> t.kind().number() == number).findFirst()
                .orElseThrow(() -> new IllegalStateException("the seed's table " + number + " was not read"));
    }

    /** Table {@code number} (1–9) cell by cell as printed: what a generated document must print again. */
    public static PrintedGrid printed(int number) {
        return table(number).printed();
    }

    /** Table {@code kind} cell by cell as printed. */
    public static PrintedGrid printed(TableKind kind) {
        return printed(kind.number());
    }

    /** The requests {@code deploy/local/load --region 130127:高邑县} makes of the seed, in order. */
    public static LoadPlan plan() {
        if (plan == null) {
            plan = LoadPlanner.plan(parsed(), new LoadOptions(null, null, REGION));
        }
        return plan;
    }

    /** The body of the planned request to {@code path} (e.g. /api/v1/budgets/434/2022), a record of load.api. */
    public static Object body(String path) {
        return plan().calls().stream().filter(c -> c.path().equals(path)).map(ApiCall::body).findFirst()
                .orElseThrow(() -> new IllegalStateException("the seed's plan has no request to " + path));
    }

    /**
     * The seed's budget in 万元 as printed — the body of {@code PUT /api/v1/budgets/434/2022} — with its lines and
     * items in the order budget-service keeps them (lines by code, "三公" and prior-year items in their model order),
     * as its answers and events carry them.
     */
    public static BudgetContent budget() {
        BudgetContent b = (BudgetContent) body("/api/v1/budgets/" + DEPARTMENT + "/" + YEAR);
        return new BudgetContent(b.unit(), b.revenue(), b.carryOver(),
                new FunctionalSection(b.functional().total(), sorted(b.functional().lines(), Comparator.comparing(FunctionalLine::code))),
                new EconomicSection(b.economic().total(), sorted(b.economic().lines(), Comparator.comparing(EconomicLine::code))),
                sorted(b.threePublic(), Comparator.comparing(ThreePublicLine::item)),
                sorted(b.priorYear(), Comparator.comparing(PriorYearFigure::item)));
    }

    /**
     * {@link #budget()} as JSON on one line, written the way people type it ({@code "generalBudget": 394.30},
     * {@code {"code": "2082702", …}}) so that a test can change one figure or name by editing the text.
     */
    public static String budgetBody() {
        return typed(budget());
    }

    private static <T> List<T> sorted(List<T> items, Comparator<T> order) {
        return items.stream().sorted(order).toList();
    }

    /** A value as one line of JSON with a space after every colon and comma. */
    public static String typed(Object value) {
        try {
            return Json.mapper().writer(new TypedPrinter()).writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One line; ": " between a name and its value, ", " between members and elements. */
    private static final class TypedPrinter extends MinimalPrettyPrinter {

        @Override
        public void writeObjectFieldValueSeparator(JsonGenerator g) throws IOException {
            g.writeRaw(": ");
        }

        @Override
        public void writeObjectEntrySeparator(JsonGenerator g) throws IOException {
            g.writeRaw(", ");
        }

        @Override
        public void writeArrayValueSeparator(JsonGenerator g) throws IOException {
            g.writeRaw(", ");
        }
    }
}
