package org.openbudget.budget.classification;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.hibernate.jpa.HibernateHints;
import org.hibernate.FlushMode;
import org.hibernate.Session;
import org.openbudget.common.web.PageResult;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The catalogs per scheme and year: lookup with fallback to the nearest earlier year (else the earliest), search,
 * replacement. Every shipped year (2022–2026) is loaded at start ({@link BundledCatalogLoader}).
 */
@ApplicationScoped
public class ClassificationService {

    /** A loaded catalog and the {@code classification_revision} read before loading it. */
    private record Cached(long revision, Catalog catalog) {
    }

    private record Key(Scheme scheme, int year) {
    }

    // every budget write validates against both catalogs (~950 rows); they change rarely. Key: the year asked for
    private final ConcurrentHashMap<Key, Cached> cache = new ConcurrentHashMap<>();

    /** The catalog a year uses: its own, else the latest earlier one, else the earliest one there is. */
    @Transactional
    public Optional<Integer> effectiveYear(Scheme scheme, int year) {
        var em = Panache.getEntityManager();
        Integer atOrBefore = em.createQuery("select max(e.key.year) from ClassificationEntry e"
                        + " where e.key.scheme = :s and e.key.year <= :y", Integer.class)
                .setParameter("s", scheme.path()).setParameter("y", year).getSingleResult();
        if (atOrBefore != null) {
            return Optional.of(atOrBefore);
        }
        return Optional.ofNullable(em.createQuery("select min(e.key.year) from ClassificationEntry e where e.key.scheme = :s",
                Integer.class).setParameter("s", scheme.path()).getSingleResult());
    }

    /**
     * The catalog a year uses. Served from memory while {@code classification_revision} (moved by a trigger on
     * every statement changing {@code classification_entry}, from a sequence so that no number is reused) is what
     * it was before the cached copy was loaded: a change committed during the load only makes the next call reload,
     * and a copy loaded inside a transaction that changed the catalog carries a number others see only once it
     * commits. The queries run without auto-flush, so they read exactly the state that number describes.
     */
    @Transactional
    public Catalog catalog(Scheme scheme, int year) {
        Session session = Panache.getEntityManager().unwrap(Session.class);
        FlushMode flushMode = session.getHibernateFlushMode();
        session.setHibernateFlushMode(FlushMode.COMMIT);
        try {
            long revision = revision(session);
            Key key = new Key(scheme, year);
            Cached cached = cache.get(key);
            if (cached != null && cached.revision() == revision) {
                return cached.catalog();
            }
            Catalog loaded = effectiveYear(scheme, year)
                    .map(y -> new Catalog(scheme, y, session.createQuery("select e from ClassificationEntry e"
                                    + " where e.key.scheme = :s and e.key.year = :y order by e.key.code", ClassificationEntry.class)
                            .setParameter("s", scheme.path()).setParameter("y", y)
                            .setHint(HibernateHints.HINT_READ_ONLY, true)
                            .getResultStream().map(ClassificationService::dto).toList(), year))
                    .orElse(Catalog.empty(scheme, year));
            cache.put(key, new Cached(revision, loaded));
            return loaded;
        } finally {
            session.setHibernateFlushMode(flushMode);
        }
    }

    /**
     * Plain JDBC on the transaction's connection: a Hibernate native query here would add an entry to the
     * query-plan cache on every call (its cache key does not match an earlier, identical one).
     */
    private static long revision(Session session) {
        return session.doReturningWork(connection -> {
            try (PreparedStatement statement = connection.prepareStatement("select revision from classification_revision where id = 1");
                 ResultSet row = statement.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        });
    }

    /** Codes whose code starts with {@code q} or whose name contains it; optionally of one level (类/款/项). */
    @Transactional
    public PageResult<CatalogEntry> search(Scheme scheme, int year, String q, String level, int page, int pageSize) {
        Optional<Integer> effective = effectiveYear(scheme, year);
        if (effective.isEmpty()) {
            return new PageResult<>(List.of(), 0, page, pageSize);
        }
        StringBuilder query = new StringBuilder("key.scheme = :s and key.year = :y");
        Parameters params = Parameters.with("s", scheme.path()).and("y", effective.get());
        if (q != null && !q.isBlank()) {
            query.append(" and (key.code like :prefix or name like :part)");
            String term = q.trim().replace("\\", "").replace("%", "").replace("_", "");
            params.and("prefix", term + "%").and("part", "%" + term + "%");
        }
        if (level != null && !level.isBlank()) {
            query.append(" and level = :level");
            params.and("level", level);
        }
        var found = ClassificationEntry.<ClassificationEntry>find(query.toString(), Sort.by("key.code"), params);
        List<CatalogEntry> items = found.page(Page.of(page, pageSize)).stream().map(ClassificationService::dto).toList();
        return new PageResult<>(items, found.count(), page, pageSize);
    }

    @Transactional
    public List<Integer> years(Scheme scheme) {
        return Panache.getEntityManager().createQuery("select distinct e.key.year from ClassificationEntry e"
                + " where e.key.scheme = :s order by e.key.year", Integer.class).setParameter("s", scheme.path()).getResultList();
    }

    /** Replaces one year's catalog in one transaction. */
    @Transactional
    public int replace(Scheme scheme, int year, List<CatalogCsv.Row> rows) {
        ClassificationEntry.delete("key.scheme = ?1 and key.year = ?2", scheme.path(), year);
        Panache.getEntityManager().flush();
        for (CatalogCsv.Row row : rows) {
            ClassificationEntry e = new ClassificationEntry();
            e.key = new ClassificationEntry.Key(scheme.path(), year, row.code());
            e.name = row.name();
            e.level = row.level();
            e.verified = row.verified();
            e.persist();
        }
        return rows.size();
    }

    /** Loads rows only when the year has no catalog yet; safe when several replicas start at once. */
    @Transactional
    public int loadIfAbsent(Scheme scheme, int year, List<CatalogCsv.Row> rows) {
        if (ClassificationEntry.count("key.scheme = ?1 and key.year = ?2", scheme.path(), year) > 0) {
            return 0;
        }
        var em = Panache.getEntityManager();
        int inserted = 0;
        for (CatalogCsv.Row row : rows) {
            inserted += em.createNativeQuery("insert into classification_entry (scheme, catalog_year, code, name, level, verified)"
                            + " values (?1, ?2, ?3, ?4, ?5, ?6) on conflict do nothing")
                    .setParameter(1, scheme.path()).setParameter(2, year).setParameter(3, row.code())
                    .setParameter(4, row.name()).setParameter(5, row.level()).setParameter(6, row.verified())
                    .executeUpdate();
        }
        return inserted;
    }

    private static CatalogEntry dto(ClassificationEntry e) {
        String code = e.key.code;
        return new CatalogEntry(code, e.name, e.level, code.length() > 3 ? code.substring(0, code.length() - 2) : null,
                e.verified, e.key.year);
    }
}
