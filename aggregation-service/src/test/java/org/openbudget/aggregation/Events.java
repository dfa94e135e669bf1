package org.openbudget.aggregation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.openbudget.aggregation.intake.ProcessedEvent;
import org.openbudget.seeds.seed.SeedDocument;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Iterator;
import java.util.Map;
import java.util.UUID;

import static org.awaitility.Awaitility.await;

/** Builds owner events as the owner services publish them and sends them to the real broker. */
public final class Events {

    public static final ObjectMapper JSON = new ObjectMapper();

    private final KafkaCompanion kafka;

    private static volatile boolean consuming;

    public Events(KafkaCompanion kafka) {
        this.kafka = kafka;
        awaitConsumer();
    }

    /**
     * The test profile's consumer group starts at the latest offsets, so an event sent before it has its
     * partitions would be skipped: send probes until one is processed, once per test JVM.
     */
    private void awaitConsumer() {
        if (consuming) {
            return;
        }
        long deadline = System.currentTimeMillis() + 90_000;
        boolean budget = false;
        boolean performance = false;
        boolean asset = false;
        while (System.currentTimeMillis() < deadline && !(budget && performance && asset)) {
            String key = code("PROBE");
            String b = budget ? null : produce("budget.events", "org.openbudget.budget.department.changed.v1", key,
                    departmentData(key, "探针", "000000", 1));
            String p = performance ? null : produce("performance.events", "org.openbudget.performance.targets.changed.v1",
                    key + ":2000", targetsState(key, 2000, 1, "draft"));
            String a = asset ? null : produce("asset.events", "org.openbudget.asset.holdings.changed.v1", key + ":2000",
                    assetState(key, 2000, 1));
            try {
                await().atMost(Duration.ofSeconds(3)).pollInterval(Duration.ofMillis(100))
                        .until(() -> (b == null || processed(b)) && (p == null || processed(p)) && (a == null || processed(a)));
            } catch (org.awaitility.core.ConditionTimeoutException e) {
                // a channel has no partitions yet: probe it again
            }
            budget = budget || b != null && processed(b);
            performance = performance || p != null && processed(p);
            asset = asset || a != null && processed(a);
        }
        if (!(budget && performance && asset)) {
            throw new IllegalStateException("the intake did not start consuming all three topics within 90 s");
        }
        consuming = true;
    }

    private static boolean processed(String id) {
        return QuarkusTransaction.requiringNew().call(() -> ProcessedEvent.findById(UUID.fromString(id)) != null);
    }

    public static String code(String prefix) {
        return prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    /** Sends one CloudEvent and waits until the intake has processed it. */
    public String send(String topic, String type, String key, JsonNode data) {
        return send(topic, type, key, data, null, null);
    }

    /**
     * The same with the CloudEvents extension attributes {@code actor} (token subject) and {@code actorclient}
     * (client id) the owners' outboxes add to every change a signed-in request made.
     */
    public String send(String topic, String type, String key, JsonNode data, String actor, String actorClient) {
        String id = produce(topic, type, key, data, actor, actorClient, "2022-02-10T08:00:00Z");
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100)).until(() -> processed(id));
        return id;
    }

    private String produce(String topic, String type, String key, JsonNode data) {
        return produce(topic, type, key, data, null, null, "2022-02-10T08:00:00Z");
    }

    private String produce(String topic, String type, String key, JsonNode data, String actor, String actorClient,
                           String time) {
        String id = UUID.randomUUID().toString();
        ObjectNode event = JsonNodeFactory.instance.objectNode();
        event.put("specversion", "1.0").put("id", id).put("source", "/test").put("type", type)
                .put("time", time).put("subject", key).put("datacontenttype", "application/json");
        if (actor != null) {
            event.put("actor", actor);
        }
        if (actorClient != null) {
            event.put("actorclient", actorClient);
        }
        event.set("data", data);
        kafka.produceStrings().fromRecords(new ProducerRecord<>(topic, key, event.toString())).awaitCompletion(Duration.ofSeconds(10));
        return id;
    }

    public void department(String code, String name, String region, long version) {
        send("budget.events", "org.openbudget.budget.department.changed.v1", code, departmentData(code, name, region, version));
    }

    private static ObjectNode departmentData(String code, String name, String region, long version) {
        ObjectNode data = JsonNodeFactory.instance.objectNode();
        data.put("code", code).put("name", name).put("version", version).put("updatedAt", "2022-02-10T08:00:00Z");
        data.putObject("region").put("code", region).put("name", "测试县");
        data.putArray("units");
        return data;
    }

    /** A department-budget.changed.v1 whose budget is {@code content} (amounts in 元). */
    public void budget(String department, int year, long version, String status, ObjectNode content, boolean published) {
        budget(department, year, version, status, content, published, null, null);
    }

    /** The same, made by {@code actor} through {@code actorClient}; returns the event id. */
    public String budget(String department, int year, long version, String status, ObjectNode content, boolean published,
                         String actor, String actorClient) {
        ObjectNode doc = budgetDocument(content, department, year, status, version, 0);
        ObjectNode data = JsonNodeFactory.instance.objectNode();
        data.put("department", department).put("year", year).put("version", version).put("status", status).put("adjustment", 0);
        data.set("budget", doc);
        if (published) {
            data.set("published", doc);
        } else {
            data.putNull("published");
        }
        return send("budget.events", "org.openbudget.budget.department-budget.changed.v1", department + ":" + year, data,
                actor, actorClient);
    }

    /**
     * One budget as budget-service writes it into its event: {@code content} with the metadata, and whatever the test
     * leaves out present but empty (the event's schema requires every part: inputUnit, functional, economic, "三公",
     * prior year), amounts in 元.
     */
    public static ObjectNode budgetDocument(ObjectNode content, String department, int year, String status, long version,
                                            int adjustment) {
        ObjectNode doc = content.deepCopy();
        doc.put("department", department).put("year", year).put("status", status).put("version", version)
                .put("adjustment", adjustment);
        if (!doc.hasNonNull("updatedAt")) {
            doc.put("updatedAt", java.time.Instant.now().toString()); // as budget-service stamps every change
        }
        if (!doc.has("inputUnit")) {
            doc.put("inputUnit", "元");
        }
        if (!doc.has("unit")) {
            doc.put("unit", "元");
        }
        for (String section : new String[]{"functional", "economic"}) {
            if (!doc.has(section)) {
                doc.putObject(section).putArray("lines");
            }
        }
        for (String list : new String[]{"threePublic", "priorYear"}) {
            if (!doc.has(list)) {
                doc.putArray(list);
            }
        }
        return doc;
    }

    /** performance-service's targets.changed.v1 data with no targets yet: no project, no finding, nothing published. */
    public static ObjectNode targetsState(String department, int year, long version, String status) {
        ObjectNode data = JsonNodeFactory.instance.objectNode();
        data.put("department", department).put("year", year).put("revision", 1).put("adjusted", false).put("status", status)
                .put("version", version).putNull("overallGoal");
        data.putArray("subGoals");
        data.putArray("safeguards");
        data.putNull("specialFunds");
        data.putArray("projects");
        ObjectNode lint = data.putObject("lint").put("errors", 0).put("warnings", 0).put("infos", 0);
        lint.putArray("findings");
        data.put("createdAt", "2022-02-10T08:00:00Z").put("updatedAt", "2022-02-10T08:00:00Z").putNull("submittedAt")
                .putNull("approvedAt").put("publishedAt", "published".equals(status) ? "2022-02-10T08:00:00Z" : null)
                .putNull("lastPublished");
        return data;
    }

    /** asset-service's state of a key {@code dept:year} with no holding and no procurement plan. */
    public static ObjectNode assetState(String department, int year, long version) {
        ObjectNode data = JsonNodeFactory.instance.objectNode();
        data.put("department", department).put("year", year).put("version", version)
                .put("updatedAt", "2022-02-10T08:00:00Z").put("unit", "元");
        data.putArray("holdings");
        data.putNull("procurementPlan");
        data.putNull("publishedProcurementPlan");
        return data;
    }

    /** One 部门固定资产占用情况表 of {@code asOf} with every cell blank, as asset-service writes it into its state. */
    public static ObjectNode holding(String department, String asOf) {
        ObjectNode holding = JsonNodeFactory.instance.objectNode();
        holding.put("department", department).put("asOf", asOf).put("unit", "元").put("enteredUnit", "元")
                .putNull("totalValue");
        for (String row : new String[]{"buildings", "officeBuildings", "vehicles", "equipmentOver200k", "otherFixedAssets"}) {
            holding.putObject(row).putNull("quantity").putNull("value");
        }
        holding.putNull("register");
        holding.putNull("vehiclesByUse");
        holding.put("version", 1).put("updatedAt", "2022-02-10T08:00:00Z");
        return holding;
    }

    /**
     * An unpublished adjustment of a published budget: {@code budget} is the working version ({@code content},
     * status {@code status}), {@code published} the last published revision ({@code publishedContent}).
     */
    public void adjustment(String department, int year, long version, String status, ObjectNode content,
                           ObjectNode publishedContent) {
        ObjectNode doc = budgetDocument(content, department, year, status, version, 1);
        doc.put("updatedAt", java.time.Instant.now().toString());
        ObjectNode published = budgetDocument(publishedContent, department, year, "published", version - 1, 0);
        published.put("updatedAt", java.time.Instant.now().toString());
        ObjectNode data = JsonNodeFactory.instance.objectNode();
        data.put("department", department).put("year", year).put("version", version).put("status", status).put("adjustment", 1);
        data.set("budget", doc);
        data.set("published", published);
        send("budget.events", "org.openbudget.budget.department-budget.changed.v1", department + ":" + year, data);
    }

    /**
     * The seed's budget content (高邑县政府办 2022, as the importer reads it from the printed document: seeds-importer's
     * SeedDocument) converted from its printed 万元 into 元, as the budget event carries it.
     */
    public static ObjectNode seedBudgetInYuan() throws Exception {
        ObjectNode content = (ObjectNode) JSON.readTree(SeedDocument.budgetBody());
        toYuan(content);
        content.put("unit", "元");
        return content;
    }

    private static void toYuan(JsonNode node) {
        if (node instanceof ObjectNode object) {
            Iterator<Map.Entry<String, JsonNode>> fields = object.properties().iterator();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                if (field.getValue().isNumber()) {
                    object.put(field.getKey(), field.getValue().decimalValue().movePointRight(4).setScale(2));
                } else {
                    toYuan(field.getValue());
                }
            }
        } else if (node instanceof ArrayNode array) {
            array.forEach(Events::toYuan);
        }
    }

    public static BigDecimal yuan(String amount) {
        return new BigDecimal(amount);
    }
}
