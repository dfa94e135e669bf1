package org.openbudget.asset.event;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.openbudget.asset.holding.HoldingReader;
import org.openbudget.disclosure.money.AmountUnit;
import org.openbudget.asset.procurement.PlanReader;
import org.openbudget.common.outbox.Outbox;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.openbudget.disclosure.event.EventType;

/**
 * The events asset-service publishes on {@code asset.events} (docs/DESIGN.md §5), each appended to the outbox in
 * the transaction of the change. JSON Schemas and examples: {@code disclosure-model/src/main/resources/events/}.
 */
@ApplicationScoped
public class AssetEvents {

    public static final String HOLDINGS_CHANGED = EventType.ASSET_HOLDINGS_CHANGED.type();
    public static final String PROCUREMENT_PLAN_CHANGED = EventType.PROCUREMENT_PLAN_CHANGED.type();

    private final Outbox outbox;
    private final EntityManager em;
    private final HoldingReader holdings;
    private final PlanReader plans;
    private final String topic;
    private final String source;

    public AssetEvents(Outbox outbox, EntityManager em, HoldingReader holdings, PlanReader plans,
                       @ConfigProperty(name = "openbudget.events.topic") String topic,
                       @ConfigProperty(name = "openbudget.events.source") String source) {
        this.outbox = outbox;
        this.em = em;
        this.holdings = holdings;
        this.plans = plans;
        this.topic = topic;
        this.source = source;
    }

    /** AssetHoldingsChanged: key {@code {department}:{year of the as-of date}}. */
    @Transactional(Transactional.TxType.MANDATORY)
    public AssetYearState holdingsChanged(String department, int year) {
        return emit(HOLDINGS_CHANGED, department, year);
    }

    /** ProcurementPlanChanged: key {@code {department}:{year}}. */
    @Transactional(Transactional.TxType.MANDATORY)
    public AssetYearState procurementPlanChanged(String department, int year) {
        return emit(PROCUREMENT_PLAN_CHANGED, department, year);
    }

    private AssetYearState emit(String type, String department, int year) {
        AssetYear key = lock(department, year);
        key.version++;
        key.updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
        em.flush();
        AssetYearState state = new AssetYearState(department, year, key.version, key.updatedAt, AmountUnit.YUAN,
                holdings.ofYear(department, year, AmountUnit.YUAN),
                plans.current(department, year).map(p -> plans.toDto(p, AmountUnit.YUAN)).orElse(null),
                plans.lastPublished(department, year).map(p -> plans.toDto(p, AmountUnit.YUAN)).orElse(null));
        outbox.append(topic, source, type, key.eventKey, state);
        return state;
    }

    /**
     * The key's row, created on first use and locked until the transaction ends: writers of one key take
     * turns, so they get distinct versions and two clients creating the same table cannot both succeed.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public AssetYear lock(String department, int year) {
        String eventKey = AssetYear.key(department, year);
        em.createNativeQuery("insert into asset_year (event_key, department, year, version, updated_at) "
                        + "values (?1, ?2, ?3, 0, now()) on conflict (event_key) do nothing")
                .setParameter(1, eventKey).setParameter(2, department).setParameter(3, year)
                .executeUpdate();
        return em.find(AssetYear.class, eventKey, LockModeType.PESSIMISTIC_WRITE);
    }
}
