package org.openbudget.aggregation.document.roundtrip;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.openbudget.aggregation.document.DocumentAssembler;
import org.openbudget.aggregation.document.model.DisclosureDocument;
import org.openbudget.aggregation.document.source.DocumentInput;
import org.openbudget.aggregation.document.source.Profile;
import org.openbudget.aggregation.event.BudgetHeader;
import org.openbudget.aggregation.event.BudgetVersion;
import org.openbudget.disclosure.budget.BudgetContent;
import org.openbudget.seeds.bench.Catalog;
import org.openbudget.seeds.bench.DepartmentYear;
import org.openbudget.seeds.bench.ProvinceGenerator;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Department-years of the benchmark's synthetic province as the platform's documents compute them: the generated
 * budget (万元, 2 decimals) in 元 as the read model holds it, assembled without Kafka or a database into the
 * nine tables (disclosure-model's DisclosureTables) and sections. Years 2022 … 2026 in turn, each with its
 * year's catalog, 20 departments a county.
 */
final class GeneratedDocuments {

    static final int FIRST_YEAR = 2022;
    static final int YEARS = 5;
    private static final int DEPARTMENTS = 20;
    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).setNodeFactory(JsonNodeFactory.withExactBigDecimals(true));

    private GeneratedDocuments() {
    }

    /** {@code count} department-years, the same ones on every run (the generator is seeded). */
    static List<DisclosureDocument> generate(int count, long seed) {
        List<ProvinceGenerator> generators = new ArrayList<>();
        for (int y = 0; y < YEARS; y++) {
            generators.add(new ProvinceGenerator(Catalog.shipped(FIRST_YEAR + y), seed));
        }
        List<DisclosureDocument> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int year = FIRST_YEAR + i % YEARS;
            DepartmentYear dy = generators.get(i % YEARS).departmentYear(i / DEPARTMENTS, i % DEPARTMENTS, year);
            out.add(document(dy));
        }
        return out;
    }

    static DisclosureDocument document(DepartmentYear dy) {
        String name = dy.department().name();
        BudgetHeader header = new BudgetHeader(dy.code(), name, dy.year(), 0, "published", 1, BudgetHeader.WAN_YUAN,
                null, null, null);
        DocumentInput input = new DocumentInput(Profile.bare(dy.code(), name), dy.year(), "published",
                new BudgetVersion(header, inYuan(dy.budget())), null, null, null);
        return DocumentAssembler.assemble(input);
    }

    /** The generated 万元 budget in 元, exactly (×10,000), as budget-service stores and the read model holds it. */
    static BudgetContent inYuan(BudgetContent wan) {
        ObjectNode node = JSON.valueToTree(wan);
        scale(node);
        node.put("unit", "元");
        try {
            return JSON.treeToValue(node, BudgetContent.class);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void scale(JsonNode node) {
        if (node instanceof ObjectNode object) {
            Iterator<Map.Entry<String, JsonNode>> fields = object.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> f = fields.next();
                if (f.getValue().isNumber()) {
                    object.put(f.getKey(), f.getValue().decimalValue().movePointRight(4).setScale(2));
                } else {
                    scale(f.getValue());
                }
            }
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                if (array.get(i).isNumber()) {
                    array.set(i, JsonNodeFactory.instance.numberNode(array.get(i).decimalValue().movePointRight(4).setScale(2)));
                } else {
                    scale(array.get(i));
                }
            }
        }
    }

    static BigDecimal yuan(String wan) {
        return new BigDecimal(wan).movePointRight(4).setScale(2);
    }
}
