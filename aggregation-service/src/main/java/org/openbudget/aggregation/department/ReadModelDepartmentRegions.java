package org.openbudget.aggregation.department;

import jakarta.enterprise.context.ApplicationScoped;
import org.openbudget.common.security.regions.SqlDepartmentRegions;

import javax.sql.DataSource;

/**
 * The department → region directory of this service: {@code department_view}, which the intake already keeps
 * from budget-service's department events (so no second feed, unlike the other non-owners). A department not
 * (yet) known has no region: only reviewers of every region and auditors may read its drafts or audit trail.
 */
@ApplicationScoped
public class ReadModelDepartmentRegions extends SqlDepartmentRegions {

    public ReadModelDepartmentRegions(DataSource dataSource) {
        super(dataSource, "select region_code from department_view where code = ?",
                "select code from department_view where region_code = any (?)");
    }
}
