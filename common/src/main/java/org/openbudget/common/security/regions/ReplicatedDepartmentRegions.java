package org.openbudget.common.security.regions;

import io.quarkus.arc.properties.IfBuildProperty;
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
 * The department → region directory of a service that does not own departments (performance-service,
 * asset-service): the table {@code department_region}, kept by {@link DepartmentRegionFeed} from budget-service's
 * department events. A department not (yet) replicated has no region: only a reviewer of every region may review it.
 */
@ApplicationScoped
@IfBuildProperty(name = "openbudget.regions.replicated", stringValue = "true")
public class ReplicatedDepartmentRegions implements DepartmentRegions {

    private final DataSource dataSource;

    public ReplicatedDepartmentRegions(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public Optional<String> regionOf(String department) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("select region from department_region where department = ?")) {
            s.setString(1, department);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? Optional.of(r.getString(1)) : Optional.empty();
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
             PreparedStatement s = c.prepareStatement("select department from department_region where region = any (?)")) {
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
