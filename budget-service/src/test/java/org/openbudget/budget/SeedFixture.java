package org.openbudget.budget;

import io.restassured.http.ContentType;
import org.openbudget.seeds.seed.SeedDocument;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import static io.restassured.RestAssured.given;

/**
 * The seed (高邑县政府办 2022, department 434) as test input: its budget is the body the loader PUTs, read from the
 * printed document by the importer (seeds-importer's {@link SeedDocument}, whose own test checks that body against
 * one typed by hand), in 万元 as printed. Tests store it under a fresh department code so that their events never
 * collide with the real 434:2022 on the shared topic.
 */
public final class SeedFixture {

    public static final String SEED_NAME = "高邑县政府办";

    private SeedFixture() {
    }

    public static String resource(String path) {
        try (InputStream in = SeedFixture.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The seed's budget as JSON written the way people type it ({@code "generalBudget": 394.30}): tests edit its text. */
    public static String seedBudget() {
        return SeedDocument.budgetBody();
    }

    public static String uniqueCode(String prefix) {
        return prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    /** Creates a department named like the seed's and returns its code. */
    public static String department(String prefix) {
        String code = uniqueCode(prefix);
        given().contentType(ContentType.JSON).body("""
                        {"name": "%s", "region": {"code": "130127", "name": "高邑县"},
                         "units": [{"name": "高邑县政府办本级", "nature": "行政", "grade": "正科级", "fundingForm": "财政拨款"}]}
                        """.formatted(SEED_NAME))
                .put("/api/v1/departments/{code}", code).then().statusCode(201);
        return code;
    }

    /** A department with the seed budget stored as a draft. */
    public static String departmentWithSeedBudget(String prefix) {
        String code = department(prefix);
        given().contentType(ContentType.JSON).body(seedBudget())
                .put("/api/v1/budgets/{dept}/{year}", code, 2022).then().statusCode(201);
        return code;
    }
}
