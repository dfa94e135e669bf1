package org.openbudget.aggregation.readmodel;

import jakarta.enterprise.context.ApplicationScoped;
import org.openbudget.aggregation.event.AssetYearChanged;
import org.openbudget.aggregation.event.BudgetChanged;
import org.openbudget.aggregation.event.DepartmentYearState;
import org.openbudget.aggregation.event.EventBinder;
import org.openbudget.aggregation.event.TargetsChanged;

import java.util.List;
import java.util.Optional;

/**
 * The read side of {@link AggregateView}: a department-year's states as the same records the intake bound them to
 * (the view keeps the event's data as it came). Call inside a transaction.
 */
@ApplicationScoped
public class StateStore {

    private final EventBinder binder;

    public StateStore(EventBinder binder) {
        this.binder = binder;
    }

    /** A state and the version of it the read model holds. */
    public record Stored<T extends DepartmentYearState>(T state, long sourceVersion) {
    }

    public Optional<Stored<BudgetChanged>> budget(String department, int year) {
        return find(StateKind.BUDGET, BudgetChanged.class, department, year);
    }

    public Optional<Stored<TargetsChanged>> targets(String department, int year) {
        return find(StateKind.PERFORMANCE, TargetsChanged.class, department, year);
    }

    public Optional<Stored<AssetYearChanged>> assets(String department, int year) {
        return find(StateKind.ASSET, AssetYearChanged.class, department, year);
    }

    /** The asset years {@code from}…{@code to} of a department that the read model holds. */
    public List<AssetYearChanged> assetYears(String department, int from, int to) {
        return AggregateView.<AggregateView>list("kind = ?1 and department = ?2 and year >= ?3 and year <= ?4",
                StateKind.ASSET.wire(), department, from, to).stream()
                .map(v -> binder.bind(v.data, AssetYearChanged.class)).toList();
    }

    private <T extends DepartmentYearState> Optional<Stored<T>> find(StateKind kind, Class<T> type, String department, int year) {
        AggregateView view = AggregateView.find(kind.wire(), department + ":" + year);
        return view == null ? Optional.empty() : Optional.of(new Stored<>(binder.bind(view.data, type), view.sourceVersion));
    }
}
