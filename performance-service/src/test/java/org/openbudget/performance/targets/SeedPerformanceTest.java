package org.openbudget.performance.targets;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import io.quarkus.test.junit.QuarkusTest;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Acceptance: the seed's section 五 (高邑县政府办, 2022) entered through the API and read back — every
 * indicator row verbatim and parsed — its lint, and its event on the real Kafka broker.
 */
@QuarkusTest
class SeedPerformanceTest {

    /**
     * What each printed 指标值 of the seed says, written by hand from the document (operator, number,
     * unit), in printed order: 大气办经费, 会议费, 政府聘请法律顾问经费, 政务服务.
     */
    static final List<List<String>> PARSED = List.of(
            List.of("≥ 100 %", "≥ 100 %", "≥ 90 %", "≥ 100 %", "≥ 90 %"),
            List.of("≥ 90 %", "≥ 99 %", "≥ 100 人", "≥ 90 %", "≥ 99 %"),
            List.of("≥ 4 次", "≥ 95 %", "≥ 90 %", "≥ 90 %", "≥ 90 %"),
            List.of("≥ 90 %", "≥ 99 %", "≥ 500 期", "≥ 4000 份", "≥ 90 %", "≥ 90 %", "≥ 90 %"));

    @Test
    void sectionFiveReadsBackVerbatimAndParsed() throws IOException {
        String dept = Api.uniqueDept("434s");
        String typed = Api.resource("/seed-434-2022-performance.json");
        JsonNode in = Api.tree(typed);

        Api.json().body(typed).put(Api.set(dept, 2022))
                .then().statusCode(201).header("ETag", "\"1\"");

        JsonNode out = Api.tree(Api.json().get(Api.set(dept, 2022)).then().statusCode(200).extract().response());
        assertEquals(dept, out.get("department").asText());
        assertEquals(2022, out.get("year").asInt());
        assertEquals("draft", out.get("status").asText());
        assertEquals(1, out.get("revision").asInt());
        assertEquals(1, out.get("version").asInt());

        // department-wide part: 总体目标, three 分项 (the first with two goal/indicator pairs), 保障措施, 专项资金 none
        assertEquals(in.get("overallGoal"), out.get("overallGoal"));
        assertEquals(in.get("subGoals"), out.get("subGoals"));
        assertEquals(3, out.get("subGoals").size());
        assertEquals("全面提升政务服务质量 and 效率", out.get("subGoals").get(1).get("title").asText());
        assertEquals(2, out.get("subGoals").get(0).get("entries").size());
        assertEquals(in.get("safeguards"), out.get("safeguards"));
        assertEquals(4, out.get("safeguards").size());
        assertEquals(in.get("specialFunds"), out.get("specialFunds"));

        // the four project tables, every row verbatim and parsed
        assertEquals(List.of("大气办经费", "会议费", "政府聘请法律顾问经费", "政务服务"), names(out.get("projects")));
        int rows = 0;
        for (int p = 0; p < 4; p++) {
            JsonNode inProject = in.get("projects").get(p);
            JsonNode outProject = out.get("projects").get(p);
            assertEquals(inProject.get("id"), outProject.get("id"));
            assertEquals(inProject.get("goal"), outProject.get("goal"));
            assertTrue(outProject.get("budget").isNull(), "the seed's tables give no amount");
            assertEquals(PARSED.get(p).size(), outProject.get("indicators").size());
            for (int r = 0; r < PARSED.get(p).size(); r++) {
                JsonNode inRow = inProject.get("indicators").get(r);
                JsonNode outRow = outProject.get("indicators").get(r);
                for (String field : List.of("level1", "level2", "level3", "description", "value", "basis")) {
                    assertEquals(inRow.get(field), outRow.get(field), "projects[" + p + "].indicators[" + r + "]." + field);
                }
                JsonNode parsed = outRow.get("parsed");
                assertEquals("quantitative", parsed.get("kind").asText());
                String[] expected = PARSED.get(p).get(r).split(" ");
                assertEquals(expected[0], parsed.get("operator").asText());
                assertEquals(0, new BigDecimal(expected[1]).compareTo(parsed.get("number").decimalValue()));
                assertEquals(expected[2], parsed.get("unit").asText());
                assertTrue(parsed.get("grade").isNull());
                rows++;
            }
        }
        assertEquals(22, rows);
        // the issue's own example
        JsonNode issued = out.get("projects").get(3).get("indicators").get(2);
        assertEquals("≥500 期", issued.get("value").asText());
        assertEquals("≥", issued.get("parsed").get("operator").asText());
        assertEquals("500", issued.get("parsed").get("number").asText());
        assertEquals("期", issued.get("parsed").get("unit").asText());

        // one project table on its own
        JsonNode meeting = Api.tree(Api.json().get(Api.set(dept, 2022) + "/projects/huiyifei").then().statusCode(200).extract().response());
        assertEquals(out.get("projects").get(1), meeting);

        // the lint: the seed's three "≥100%" rate targets, its four empty 依据 cells, four tables without amount
        JsonNode lint = Api.tree(Api.json().get(Api.set(dept, 2022) + "/lint").then().statusCode(200).extract().response());
        assertEquals(0, lint.get("errors").asInt());
        assertEquals(7, lint.get("warnings").asInt());
        assertEquals(4, lint.get("infos").asInt());
        List<String> warnings = new ArrayList<>();
        lint.get("findings").forEach(f -> {
            if (f.get("severity").asText().equals("warning")) {
                warnings.add(f.get("rule").asText() + " " + f.get("field").asText());
            }
        });
        assertEquals(List.of(
                "value.rate-at-least-100 projects[0].indicators[0].value",
                "value.rate-at-least-100 projects[0].indicators[1].value",
                "value.rate-at-least-100 projects[0].indicators[3].value",
                "basis.empty projects[0].indicators[4].basis",
                "basis.empty projects[1].indicators[2].basis",
                "basis.empty projects[2].indicators[4].basis",
                "basis.empty projects[3].indicators[6].basis"), warnings);
        assertEquals(out.get("lint").get("findings"), lint.get("findings"));

        // the change reached Kafka: one event, key {dept}:{year}, carrying the state just read
        List<ConsumerRecord<String, String>> events = EventLog.await(dept + ":2022", 1);
        assertEquals(1, events.size());
        JsonNode event = Api.tree(events.get(0).value());
        assertEquals("org.openbudget.performance.targets.changed.v1", event.get("type").asText());
        assertEquals(dept + ":2022", event.get("subject").asText());
        assertEquals("/performance-service", event.get("source").asText());
        JsonNode data = event.get("data");
        assertEquals(1, data.get("version").asInt());
        assertEquals(out.get("projects"), data.get("projects"));
        assertEquals(Set.of(), schema().validate(data));
    }

    @Test
    void cleanExampleHasNoFinding() {
        String dept = Api.uniqueDept("434c");
        JsonNode saved = Api.tree(Api.json().body(Api.cleanSet()).put(Api.set(dept, 2022))
                .then().statusCode(201).extract().response());
        assertEquals(0, saved.get("lint").get("findings").size());
        JsonNode lint = Api.tree(Api.json().get(Api.set(dept, 2022) + "/lint").then().statusCode(200).extract().response());
        assertEquals(0, lint.get("errors").asInt() + lint.get("warnings").asInt() + lint.get("infos").asInt());
        assertEquals(0, lint.get("findings").size());
        // amounts: as entered and in canonical 元
        JsonNode budget = saved.get("projects").get(0).get("budget");
        assertEquals("20.00", budget.get("value").asText());
        assertEquals("万元", budget.get("unit").asText());
        assertEquals("200000.00", budget.get("yuan").asText());
        JsonNode yuan = saved.get("projects").get(1).get("budget");
        assertEquals("380000.00", yuan.get("yuan").asText());
        assertEquals("元", yuan.get("unit").asText());
        // a qualitative grade stays a grade
        JsonNode grade = saved.get("projects").get(1).get("indicators").get(2).get("parsed");
        assertEquals("qualitative", grade.get("kind").asText());
        assertEquals("有效提升", grade.get("grade").asText());
    }

    static JsonSchema schema() throws IOException {
        try (InputStream in = SeedPerformanceTest.class.getResourceAsStream("/events/performance-targets-changed.v1.schema.json")) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        }
    }

    private static List<String> names(JsonNode projects) {
        List<String> names = new ArrayList<>();
        projects.forEach(p -> names.add(p.get("name").asText()));
        return names;
    }
}
