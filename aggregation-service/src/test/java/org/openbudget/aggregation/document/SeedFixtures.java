package org.openbudget.aggregation.document;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.openbudget.aggregation.Events;
import org.openbudget.aggregation.event.DepartmentChanged;
import org.openbudget.aggregation.document.model.DisclosureDocument;
import org.openbudget.aggregation.event.AssetYearChanged;
import org.openbudget.aggregation.event.BudgetVersion;
import org.openbudget.aggregation.document.source.DocumentInput;
import org.openbudget.aggregation.document.source.Profile;
import org.openbudget.aggregation.document.source.SourceReader;
import org.openbudget.aggregation.event.BudgetChanged;
import org.openbudget.aggregation.event.EventBinder;
import org.openbudget.aggregation.event.TargetsChanged;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * The seed's data (高邑县政府办 2022) as the owners' events carry it: the budget the importer reads from the seed
 * (printed 万元 → 元), and the department, targets and assets typed from the seed's sections 一, 五, 六,
 * 七 and 八 in the producers' event shapes (src/test/resources/document).
 */
public final class SeedFixtures {

    private SeedFixtures() {
    }

    public static JsonNode json(String resource) {
        try (InputStream in = SeedFixtures.class.getResourceAsStream("/document/" + resource)) {
            // amounts read as exact decimals, never through a binary floating-point number
            return Events.JSON.copy().enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                    .setNodeFactory(com.fasterxml.jackson.databind.node.JsonNodeFactory.withExactBigDecimals(true)).readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The budget event's data, carrying the seed budget as both current and published version. */
    public static ObjectNode budgetEventData(String department) throws Exception {
        ObjectNode doc = Events.seedBudgetInYuan();
        doc.put("department", department).put("departmentName", "高邑县政府办").put("year", 2022)
                .put("status", "published").put("adjustment", 0).put("version", 3);
        ObjectNode data = Events.JSON.createObjectNode();
        data.put("department", department).put("year", 2022).put("version", 3).put("status", "published").put("adjustment", 0);
        data.set("budget", doc);
        data.set("published", doc);
        return data;
    }

    public static DocumentInput input() {
        try {
            // bound as the intake binds them, then chosen for a published document as DocumentSources chooses
            EventBinder binder = EventBinder.standalone();
            BudgetVersion budget = Objects.requireNonNull(binder.bind(budgetEventData("434"), BudgetChanged.class).version(true));
            TargetsChanged targets = Objects.requireNonNull(
                    binder.bind(json("seed-targets-434-2022.json"), TargetsChanged.class).publishedRevision());
            AssetYearChanged assets2021 = binder.bind(json("seed-assets-434-2021.json"), AssetYearChanged.class);
            AssetYearChanged assets2022 = binder.bind(json("seed-assets-434-2022.json"), AssetYearChanged.class);
            return new DocumentInput(profile(), 2022, "published", budget, targets,
                    SourceReader.holdingFor(2022, List.of(assets2021, assets2022)).orElseThrow(),
                    SourceReader.plan(assets2022, true));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public static DisclosureDocument document() {
        return DocumentAssembler.assemble(input());
    }

    public static Profile profile() throws IOException {
        DepartmentChanged d = Events.JSON.copy().findAndRegisterModules().treeToValue(json("seed-department-434.json"), DepartmentChanged.class);
        return new Profile(d.code(), d.name(), d.region().code(), d.region().name(),
                d.units().stream().map(u -> new Profile.Unit(u.name(), u.nature(), u.grade(), u.fundingForm())).toList(),
                d.duties(), d.organization(),
                d.glossary().stream().map(g -> new Profile.GlossaryEntry(g.term(), g.definition())).toList(), d.otherMatters());
    }

    /** Writes a generated file under target/document-samples so that a person (and fidelity.py) can look at it. */
    public static Path keep(String name, byte[] content) throws IOException {
        Path dir = Path.of("target/document-samples");
        Files.createDirectories(dir);
        return Files.write(dir.resolve(name), content);
    }
}
