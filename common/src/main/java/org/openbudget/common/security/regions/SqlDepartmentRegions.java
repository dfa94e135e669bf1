package org.openbudget.common.security.regions;

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
 * A department → region directory read from a table of the service's own database by two queries: the region of
 * one department ({@code ?} = the department code) and the departments of some regions ({@code ?} = a varchar array).
 * A database outage surfaces as an exception whose cause chain common/problem answers with 503 + Retry-After.
 */
public abstract class SqlDepartmentRegions implements DepartmentRegions {

    private final DataSource dataSource;
    private final String regionOfDepartment;
    private final String departmentsOfRegions;

    /** For the CDI client proxy of a subclass only. */
    protected SqlDepartmentRegions() {
        this(null, null, null);
    }

    protected SqlDepartmentRegions(DataSource dataSource, String regionOfDepartment, String departmentsOfRegions) {
        this.dataSource = dataSource;
        this.regionOfDepartment = regionOfDepartment;
        this.departmentsOfRegions = departmentsOfRegions;
    }

    @Override
    public Optional<String> regionOf(String department) {
        if (department == null) {
            return Optional.empty();
        }
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(regionOfDepartment)) {
            s.setString(1, department);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? Optional.ofNullable(r.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the department directory", e);
        }
    }

    @Override
    public Set<String> departmentsIn(Set<String> regions) {
        if (regions.isEmpty()) {
            return Set.of();
        }
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(departmentsOfRegions)) {
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
