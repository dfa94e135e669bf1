package org.openbudget.seeds.parse;

/**
 * Places a row's amounts under amount columns by page position (characters, not money): left to right, each column at
 * most once, so that the total distance between each amount's middle and its column's middle is least. A blank cell is
 * a column that got no amount. Both families use it: Shanghai's headings ({@code shanghai.ColumnGrid}) and the
 * space-aligned Hebei rows ({@code hebei.SpacedColumns}, where an amount printed after a name must stay right of it).
 */
public final class OrderedPlacement {

    private OrderedPlacement() {
    }

    /**
     * @param amountMiddles the page position (in characters) of each amount's middle, left to right — positions, not money
     * @param columns       the middle of each column, left to right
     * @param firstColumn   for each amount, the leftmost column it may take (0 for any)
     * @return for each amount the index of its column; null when they cannot all be placed
     */
    public static int[] place(double[] amountMiddles, double[] columns, int[] firstColumn) {
        int n = amountMiddles.length;
        int m = columns.length;
        double[][] cost = new double[n + 1][m + 1];
        boolean[][] take = new boolean[n + 1][m + 1];
        for (int a = n - 1; a >= 0; a--) {
            cost[a][m] = Double.POSITIVE_INFINITY;
        }
        for (int a = n - 1; a >= 0; a--) {
            for (int c = m - 1; c >= 0; c--) {
                double skip = cost[a][c + 1];
                double use = c < firstColumn[a] ? Double.POSITIVE_INFINITY
                        : Math.abs(amountMiddles[a] - columns[c]) + cost[a + 1][c + 1];
                take[a][c] = use <= skip;
                cost[a][c] = Math.min(use, skip);
            }
        }
        if (Double.isInfinite(cost[0][0])) {
            return null;
        }
        int[] placed = new int[n];
        for (int a = 0, c = 0; a < n; c++) {
            if (take[a][c]) {
                placed[a++] = c;
            }
        }
        return placed;
    }
}
