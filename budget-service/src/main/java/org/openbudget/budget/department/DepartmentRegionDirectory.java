package org.openbudget.budget.department;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.openbudget.common.security.DepartmentRegions;

import java.util.Optional;

/**
 * Which county a department belongs to, for the reviewers' {@code regions} claim. budget-service owns the
 * departments, so it answers from its own table (the other services replicate it from the department events).
 */
@ApplicationScoped
public class DepartmentRegionDirectory implements DepartmentRegions {

    @Override
    @Transactional
    public Optional<String> regionOf(String department) {
        if (department == null) {
            return Optional.empty();
        }
        return Panache.getEntityManager()
                .createQuery("select d.regionCode from Department d where d.code = :code", String.class)
                .setParameter("code", department)
                .getResultStream().findFirst();
    }
}
