package org.openbudget.budget.bulk;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.agroal.api.AgroalDataSource;
import org.openbudget.budget.Json;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/** The outbox as the bulk tests read it, with plain SQL: the events a department's writes appended, and counts. */
final class OutboxEvents {

    private OutboxEvents() {
    }

    /**
     * The events whose key is the department or one of its department-years, in outbox order, as CloudEvents with
     * what differs between two departments written alike taken out: the code (→ {@code DEPT}), event ids, times.
     */
    static List<JsonNode> ofDepartment(AgroalDataSource db, String dept) {
        List<JsonNode> events = new ArrayList<>();
        try (Connection c = db.getConnection(); PreparedStatement select = c.prepareStatement(
                "select payload from outbox_event where message_key = ? or message_key like ? order by position")) {
            select.setString(1, dept);
            select.setString(2, dept + ":%");
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    events.add(normalised(rs.getString(1), dept));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return events;
    }

    static long count(AgroalDataSource db) {
        return single(db, "select count(*) from outbox_event");
    }

    /** The sum of every department's and department-year's version: any committed change moves it. */
    static long versions(AgroalDataSource db) {
        return single(db, "select coalesce((select sum(version) from department), 0)"
                + " + coalesce((select sum(version) from department_budget), 0)");
    }

    private static long single(AgroalDataSource db, String sql) {
        try (Connection c = db.getConnection(); PreparedStatement select = c.prepareStatement(sql);
             ResultSet rs = select.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode normalised(String payload, String dept) {
        // department codes are random 12+ character strings: replacing them in the text touches nothing else
        JsonNode event = Json.read(payload.replace(dept, "DEPT"));
        ((ObjectNode) event).remove(List.of("id", "time"));
        dropTimes(event);
        return event;
    }

    /** Write times ({@code updatedAt}) differ between any two writes; every other field must be equal. */
    private static void dropTimes(JsonNode node) {
        if (node instanceof ObjectNode object) {
            object.remove("updatedAt");
            for (Iterator<JsonNode> it = object.elements(); it.hasNext(); ) {
                dropTimes(it.next());
            }
        } else if (node.isArray()) {
            node.forEach(OutboxEvents::dropTimes);
        }
    }
}
