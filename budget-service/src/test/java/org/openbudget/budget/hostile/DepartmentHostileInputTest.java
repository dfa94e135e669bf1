package org.openbudget.budget.hostile;

import org.openbudget.common.testing.HostileInput;
import org.openbudget.common.testing.HostileRun;
import org.openbudget.common.testing.OutboxRowCount;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.openbudget.budget.SeedFixture;

import javax.sql.DataSource;
import java.util.List;

import static io.restassured.RestAssured.given;

/** ≥ 1,000 generated hostile PUTs of a department (with its profile texts): never a 5xx, never a change. */
@QuarkusTest
class DepartmentHostileInputTest {

    static final String VALID = """
            {"name": "高邑县政府办", "region": {"code": "130127", "name": "高邑县"},
             "units": [{"name": "高邑县政府办本级", "nature": "行政", "grade": "正科级", "fundingForm": "财政拨款"},
                       {"name": "高邑县金融服务中心", "nature": "事业", "grade": "股级", "fundingForm": "财政拨款"}],
             "duties": ["贯彻执行党中央、国务院的方针政策。", "负责县政府会议的组织工作。\\n（二）协调落实。"],
             "organization": "县政府办公室内设机构7个：\\n秘书股、综合股。",
             "glossary": [{"term": "基本支出", "definition": "指为保障机构正常运转、完成日常工作任务而发生的人员支出和公用支出。"}],
             "otherMatters": "无"}
            """;

    @Inject
    DataSource dataSource;

    @Test
    void hostileDepartmentPutsAreRefusedCleanly() {
        String code = SeedFixture.uniqueCode("H");
        given().contentType(ContentType.JSON).body(VALID).put("/api/v1/departments/{code}", code).then().statusCode(201);
        long seed = HostileRun.seed();
        HostileInput input = new HostileInput(seed, VALID, List.of(code), true);
        new HostileRun("budget-service PUT /api/v1/departments/{code}", "/api/v1/departments/%s", List.of(code),
                "/api/v1/departments/" + code, () -> OutboxRowCount.of(dataSource, code))
                .run(input, seed, HostileRun.requests());
    }
}
