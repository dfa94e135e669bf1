package org.openbudget.common.security.regions;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.openbudget.common.security.regions.DepartmentEventReader.IncompleteDepartmentEvent;
import org.openbudget.common.security.regions.DepartmentEventReader.Row;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * What the region feed takes from a record of budget.events: a department event's department, region and version;
 * nothing from any other record, which it reads only as far as its type.
 */
class DepartmentEventReaderTest {

    private final DepartmentEventReader reader = new DepartmentEventReader(new ObjectMapper());

    @Test
    void aDepartmentEventGivesItsDepartmentRegionAndVersion() throws Exception {
        assertEquals(new Row("990434", "990100", 7), reader.read(bytes(department("990434", "990100", 7))));
    }

    @Test
    void theTypeMayComeAfterTheData() throws Exception {
        String event = """
                {"specversion":"1.0","data":{"code":"990435","region":{"code":"990200"},"version":3},
                 "id":"e1","type":"org.openbudget.budget.department.changed.v1"}""";
        assertEquals(new Row("990435", "990200", 3), reader.read(bytes(event)));
    }

    @Test
    void aBudgetEventIsSkippedWithoutReadingItsData() throws Exception {
        // the data is broken: only a reader that stops at the type passes it by without an error
        String budget = """
                {"specversion":"1.0","id":"e2","source":"/budget-service",
                 "type":"org.openbudget.budget.department-budget.changed.v1","data":{"department":"434", oops""";
        assertNull(reader.read(bytes(budget)));
    }

    @Test
    void aBudgetEventWithItsDataFirstIsSkippedToo() throws Exception {
        String budget = """
                {"data":{"code":"990434","region":{"code":"990100"},"lines":[1,2,{"a":[]}]},
                 "type":"org.openbudget.budget.department-budget.changed.v1"}""";
        assertNull(reader.read(bytes(budget)));
    }

    @Test
    void recordsWithoutADepartmentTypeAreNotDepartmentEvents() throws Exception {
        assertNull(reader.read(bytes("{\"id\":\"e3\",\"data\":{\"code\":\"990434\"}}")));
        assertNull(reader.read(bytes("{\"type\":1,\"data\":{\"code\":\"990434\",\"region\":{\"code\":\"9\"}}}")));
        assertNull(reader.read(bytes("[\"org.openbudget.budget.department.changed.v1\"]")));
        assertNull(reader.read(bytes("null")));
        assertNull(reader.read(new byte[0]));
    }

    @Test
    void aDepartmentEventWithoutRegionCodeIsIncompleteAndNamesItsId() {
        String event = """
                {"id":"e4","type":"org.openbudget.budget.department.changed.v1","data":{"code":"990434","region":null}}""";
        IncompleteDepartmentEvent e = assertThrows(IncompleteDepartmentEvent.class, () -> reader.read(bytes(event)));
        assertEquals("e4", e.eventId);
        String noCode = """
                {"id":"e5","type":"org.openbudget.budget.department.changed.v1","data":{"region":{"code":"990100"}}}""";
        assertEquals("e5", assertThrows(IncompleteDepartmentEvent.class, () -> reader.read(bytes(noCode))).eventId);
    }

    @Test
    void aRecordBrokenBeforeItsTypeOrABrokenDepartmentEventIsUnreadable() {
        assertThrows(JsonParseException.class, () -> reader.read(bytes("{\"id\":\"e6\",, \"type\":\"x\"}")));
        assertThrows(JsonParseException.class, () -> reader.read(bytes(
                "{\"type\":\"org.openbudget.budget.department.changed.v1\",\"data\":{\"code\":\"1\" oops")));
        assertThrows(IOException.class, () -> reader.read(null));
    }

    static String department(String code, String region, long version) {
        return """
                {"specversion":"1.0","id":"e0","source":"/budget-service","type":"org.openbudget.budget.department.changed.v1",
                 "time":"2026-12-07T12:00:00Z","subject":"%s","datacontenttype":"application/json",
                 "data":{"code":"%s","name":"测试部门","region":{"code":"%s","name":"测试县"},"units":[],"duties":[],
                         "version":%d,"updatedAt":"2026-12-07T12:00:00Z"}}""".formatted(code, code, region, version);
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
