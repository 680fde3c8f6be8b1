package io.vigil.risk.web;

import io.vigil.risk.RiskLevel;
import io.vigil.risk.internal.RiskMatrix;
import java.util.ArrayList;
import java.util.List;

/** A heat map ready to draw: rows from the highest likelihood down, each cell with its count and level. */
record HeatMap(String matrix, List<Row> rows, List<Integer> impacts, long total) {

    record Row(int likelihood, List<Cell> cells) {
    }

    record Cell(int likelihood, int impact, long count, RiskLevel level) {

        public String cssClass() {
            return "heat-" + level.name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    static HeatMap of(long[][] counts, RiskMatrix matrix, String name) {
        List<Row> rows = new ArrayList<>();
        long total = 0;
        for (int l = matrix.likelihoodLevels(); l >= 1; l--) {
            List<Cell> cells = new ArrayList<>();
            for (int i = 1; i <= matrix.impactLevels(); i++) {
                long count = counts[l - 1][i - 1];
                total += count;
                cells.add(new Cell(l, i, count, matrix.level(l, i)));
            }
            rows.add(new Row(l, cells));
        }
        List<Integer> impacts = new ArrayList<>();
        for (int i = 1; i <= matrix.impactLevels(); i++) {
            impacts.add(i);
        }
        return new HeatMap(name, rows, impacts, total);
    }
}
