package org.openbudget.budget.departmentbudget;

import org.openbudget.budget.document.BudgetStatus;
import org.openbudget.common.problem.FieldError;
import org.openbudget.common.problem.ProblemException;

import java.util.List;

/** The allowed moves of a budget's status; anything else is a 409 naming {@code status}. */
public final class BudgetWorkflow {

    /** What a client asks for with {@code POST …/{action}}. */
    public enum Action {
        /** 报送 — the department sends its draft to the finance bureau. */
        SUBMIT("submit", BudgetStatus.DRAFT, BudgetStatus.SUBMITTED),
        /** 退回 — the finance bureau sends a submitted budget back for changes. */
        RETURN("return", BudgetStatus.SUBMITTED, BudgetStatus.DRAFT),
        /** 批复 — the finance bureau approves; the approval date starts the 20-day disclosure clock. */
        APPROVE("approve", BudgetStatus.SUBMITTED, BudgetStatus.APPROVED),
        /** 公开 — published; from now on immutable. */
        PUBLISH("publish", BudgetStatus.APPROVED, BudgetStatus.PUBLISHED);

        private final String path;
        private final BudgetStatus from;
        private final BudgetStatus to;

        Action(String path, BudgetStatus from, BudgetStatus to) {
            this.path = path;
            this.from = from;
            this.to = to;
        }

        public String path() {
            return path;
        }
    }

    private BudgetWorkflow() {
    }

    public static BudgetStatus next(BudgetStatus current, Action action) {
        if (current != action.from) {
            throw new ProblemException(409, "illegal-transition", "Illegal status transition",
                    "cannot " + action.path + " a " + current.wireName() + " budget: " + action.path + " moves "
                            + action.from.wireName() + " → " + action.to.wireName(),
                    List.of(new FieldError("status", "is " + current.wireName() + ", " + action.path + " needs "
                            + action.from.wireName())));
        }
        return action.to;
    }

    /** Content may change only while the budget is a draft; a published one needs a new adjustment. */
    public static void requireEditable(BudgetStatus current, String what) {
        if (current == BudgetStatus.DRAFT) {
            return;
        }
        String hint = current == BudgetStatus.PUBLISHED
                ? "a published budget is immutable; POST …/adjustments starts an adjusted version (调整预算)"
                : "a " + current.wireName() + " budget cannot change; POST …/return sends a submitted budget back to draft";
        throw new ProblemException(409, "budget-not-editable", "Budget not editable",
                what + " refused: the budget is " + current.wireName() + "; " + hint,
                List.of(new FieldError("status", "is " + current.wireName() + ", content can change only in draft")));
    }
}
