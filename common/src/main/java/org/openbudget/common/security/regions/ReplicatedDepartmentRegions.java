package org.openbudget.common.security.regions;

import io.quarkus.arc.properties.IfBuildProperty;
import jakarta.enterprise.context.ApplicationScoped;

import javax.sql.DataSource;

/**
 * The department → region directory of a service that does not own departments (performance-service,
 * asset-service): the table {@code department_region}, kept by {@link DepartmentRegionFeed} from budget-service's
 * department events. A department not (yet) replicated has no region: only a reviewer of every region may review it.
 */
@ApplicationScoped
@IfBuildProperty(name = "openbudget.regions.replicated", stringValue = "true")
public class ReplicatedDepartmentRegions extends SqlDepartmentRegions {

    public ReplicatedDepartmentRegions(DataSource dataSource) {
        super(dataSource, "select region from department_region where department = ?",
                "select department from department_region where region = any (?)");
    }
}
