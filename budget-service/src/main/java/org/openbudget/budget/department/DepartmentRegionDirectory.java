package org.openbudget.budget.department;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.openbudget.common.security.DepartmentRegions;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

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

    @Override
    @Transactional
    public Set<String> departmentsIn(Set<String> regions) {
        if (regions.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(Panache.getEntityManager()
                .createQuery("select d.code from Department d where d.regionCode in :regions", String.class)
                .setParameter("regions", List.copyOf(regions))
                .getResultList());
    }
}
