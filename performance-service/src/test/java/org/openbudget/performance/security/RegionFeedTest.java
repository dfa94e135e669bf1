package org.openbudget.performance.security;

import org.openbudget.common.testing.security.DepartmentEvents;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.openbudget.common.security.DepartmentRegions;
import org.openbudget.common.testing.security.ExplicitTokens;

import java.util.Optional;
import java.util.UUID;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.openbudget.common.testing.security.Principal.OTHER_REGION;
import static org.openbudget.common.testing.security.Principal.OTHER_REVIEWER;
import static org.openbudget.common.testing.security.Principal.REGION;
import static org.openbudget.common.testing.security.Principal.REVIEWER;

/**
 * This service learns departments' regions from budget-service's department events (it owns no departments): the
 * highest version wins, and the reviewer of a department's region may review it only once the region is known —
 * before that only a reviewer of every region ({@code *}) may.
 */
@QuarkusTest
@ExplicitTokens
class RegionFeedTest {

    @Inject
    DepartmentRegions regions;

    @Test
    void aNewerDepartmentEventMovesTheRegionAnOlderOneDoesNot() {
        String dept = unique("F");
        assertEquals(Optional.empty(), regions.regionOf(dept));

        DepartmentEvents.publish(dept, REGION, 1);
        DepartmentEvents.await(regions, dept, REGION);

        DepartmentEvents.publish(dept, OTHER_REGION, 3);
        DepartmentEvents.await(regions, dept, OTHER_REGION);

        // an older version arrives late; a marker department behind it on the same partition (same key → same
        // partition, and the marker is sent to that partition) shows that it was read — and ignored
        int partition = DepartmentEvents.publish(dept, REGION, 2);
        String marker = unique("M");
        DepartmentEvents.publish(marker, REGION, 1, partition);
        DepartmentEvents.await(regions, marker, REGION);
        assertEquals(Optional.of(OTHER_REGION), regions.regionOf(dept));
    }

    @Test
    void theRegionsReviewerMayReviewOnceTheDepartmentIsKnown() {
        String dept = unique("G");
        String set = Fixture.set(dept, 2048);
        Fixture.asTests().body(Fixture.cleanSet()).put(set).then().statusCode(201);
        Fixture.asTests().post(set + "/submit").then().statusCode(200);

        // unknown region: the region's reviewer may neither read the draft nor approve; a '*' reviewer may
        Fixture.as(REVIEWER).get(set).then().statusCode(403);
        Fixture.as(REVIEWER).post(set + "/approve").then().statusCode(403);
        Fixture.asTests().post(set + "/approve").then().statusCode(200).body("status", equalTo("approved"));
        // an approved revision changes only through an adjustment (issue 15: reopen no longer takes it back to draft)
        Fixture.asTests().post(set + "/adjustments").then().statusCode(201).body("status", equalTo("draft"));
        Fixture.asTests().post(set + "/submit").then().statusCode(200);

        DepartmentEvents.publish(dept, REGION, 1);
        DepartmentEvents.await(regions, dept, REGION);

        Fixture.as(OTHER_REVIEWER).post(set + "/approve").then().statusCode(403);
        Fixture.as(REVIEWER).get(set).then().statusCode(200).body("status", equalTo("submitted"));
        Fixture.as(REVIEWER).post(set + "/approve").then().statusCode(200).body("status", equalTo("approved"));
    }

    private static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }
}
