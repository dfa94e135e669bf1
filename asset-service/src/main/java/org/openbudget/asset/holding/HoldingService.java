package org.openbudget.asset.holding;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.openbudget.asset.event.AssetEvents;
import org.openbudget.disclosure.money.AmountUnit;
import org.openbudget.asset.validation.ValidationReport;
import org.openbudget.asset.web.Requests;
import org.openbudget.common.problem.ProblemException;
import org.openbudget.common.versioned.VersionTag;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Stores the 固定资产占用情况表 of a department and as-of date. Every real change bumps the version and
 * appends AssetHoldingsChanged in the same transaction; an identical PUT changes nothing and emits nothing.
 */
@ApplicationScoped
public class HoldingService {

    /** The outcome of a PUT: the table as stored (in the body's unit) and whether it was new or changed. */
    public record Saved(HoldingDto holding, boolean created, boolean changed) {
    }

    private final HoldingMapper mapper;
    private final HoldingReader reader;
    private final AssetEvents events;

    public HoldingService(HoldingMapper mapper, HoldingReader reader, AssetEvents events) {
        this.mapper = mapper;
        this.reader = reader;
        this.events = events;
    }

    @Transactional
    public Saved put(String department, LocalDate asOf, HoldingPayload payload, Long expectedVersion) {
        return store(candidate(department, asOf, payload), payload.unit(), expectedVersion);
    }

    /**
     * Stores a table built by {@link #candidate}, in the caller's transaction: the PUT's and the bulk API's one write
     * path (same version, same event). {@code unit}: the unit of the answer, the body's.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Saved store(AssetHolding candidate, AmountUnit unit, Long expectedVersion) {
        String department = candidate.department;
        LocalDate asOf = candidate.asOf;
        events.lock(department, asOf.getYear());
        AssetHolding stored = reader.find(department, asOf).orElse(null);
        VersionTag.check(expectedVersion, stored == null ? 0 : stored.version,
                "the holdings of " + department + " as of " + asOf);
        if (stored != null && mapper.toDto(stored, AmountUnit.YUAN).content()
                .equals(mapper.toDto(candidate, AmountUnit.YUAN).content())) {
            return new Saved(mapper.toDto(stored, unit), false, false);
        }
        AssetHolding target = stored == null ? candidate : stored;
        if (stored != null) {
            mapper.copy(candidate, stored);
            stored.register.clear();
            stored.register.addAll(candidate.register);
        }
        target.version++;
        target.updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
        target.persistAndFlush();
        events.holdingsChanged(department, asOf.getYear());
        return new Saved(mapper.toDto(target, unit), stored == null, true);
    }

    @Transactional
    public HoldingDto get(String department, LocalDate asOf, AmountUnit unit) {
        return reader.toDto(find(department, asOf), unit);
    }

    @Transactional
    public ValidationReport validation(String department, LocalDate asOf, AmountUnit unit) {
        HoldingDto dto = reader.toDto(find(department, asOf), unit);
        return ValidationReport.of(department + " " + asOf, unit, HoldingRules.check(dto));
    }

    /**
     * The table as the payload states it, in 元, with blank rows filled from the register when there is
     * one; refused (400, fields named in the body) when an amount is not exact or the input rules find figures that
     * cannot be asset figures at all. Reads nothing stored: the bulk API checks every item with it before writing.
     */
    public AssetHolding candidate(String department, LocalDate asOf, HoldingPayload payload) {
        Requests.requireExactAmounts(payload.unit(), payload);
        AssetHolding candidate = new AssetHolding();
        candidate.department = department;
        candidate.asOf = asOf;
        mapper.update(payload, payload.unit(), candidate);
        candidate.register = mapper.toEntries(payload.register(), payload.unit());
        HoldingDto asGiven = mapper.toDto(candidate, AmountUnit.YUAN);
        Requests.rejectInputFindings(HoldingRules.check(asGiven), HoldingRules::rejectsInput);
        if (candidate.hasRegister) {
            fillBlankRows(candidate, RegisterTotals.derive(asGiven.register(), AmountUnit.YUAN));
        }
        return candidate;
    }

    /** A blank row (both cells null) or a blank 资产总额 takes the register's figures; a given one is only checked. */
    static void fillBlankRows(AssetHolding h, RegisterTotals.Rows rows) {
        if (h.totalValue == null) {
            h.totalValue = rows.totalValue();
        }
        if (h.buildingsArea == null && h.buildingsValue == null) {
            h.buildingsArea = rows.buildings().quantity();
            h.buildingsValue = rows.buildings().value();
        }
        if (h.officeArea == null && h.officeValue == null) {
            h.officeArea = rows.officeBuildings().quantity();
            h.officeValue = rows.officeBuildings().value();
        }
        if (h.vehiclesCount == null && h.vehiclesValue == null) {
            h.vehiclesCount = rows.vehicles().quantity();
            h.vehiclesValue = rows.vehicles().value();
        }
        if (h.equipmentCount == null && h.equipmentValue == null) {
            h.equipmentCount = rows.equipmentOver200k().quantity();
            h.equipmentValue = rows.equipmentOver200k().value();
        }
        if (h.otherCount == null && h.otherValue == null) {
            h.otherCount = rows.otherFixedAssets().quantity();
            h.otherValue = rows.otherFixedAssets().value();
        }
    }

    private AssetHolding find(String department, LocalDate asOf) {
        return reader.find(department, asOf).orElseThrow(() -> ProblemException.notFound(
                "no fixed-asset holdings of department " + department + " as of " + asOf));
    }
}
