package org.openbudget.aggregation.department;

import jakarta.enterprise.context.ApplicationScoped;
import org.openbudget.common.security.DepartmentRegions;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * The department → region directory of this service: {@code department_view}, which the intake already keeps
 * from budget-service's department events (so no second feed, unlike the other non-owners). A department not
 * (yet) known has no region: only reviewers of every region and auditors may read its drafts or audit trail.
 */
@ApplicationScoped
public class ReadModelDepartmentRegions implements DepartmentRegions {

    private final DataSource dataSource;

    public ReadModelDepartmentRegions(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public Optional<String> regionOf(String department) {
        if (department == null) {
            return Optional.empty();
        }
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("select region_code from department_view where code = ?")) {
            s.setString(1, department);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? Optional.ofNullable(r.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            // an outage is recognised in the cause chain and answered 503 + Retry-After (common/problem)
            throw new IllegalStateException("cannot read the department directory", e);
        }
    }

    @Override
    public Set<String> departmentsIn(Set<String> regions) {
        if (regions.isEmpty()) {
            return Set.of();
        }
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("select code from department_view where region_code = any (?)")) {
            s.setArray(1, c.createArrayOf("varchar", regions.toArray()));
            Set<String> out = new HashSet<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    out.add(r.getString(1));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the department directory", e);
        }
    }
}
