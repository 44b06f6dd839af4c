package org.liaisonlog.logic.report;

import java.util.List;

/** A report as one flat table: a header row and rows of the same width. */
public record CsvTable(List<String> header, List<List<String>> rows) {

    public CsvTable {
        header = List.copyOf(header);
        rows = rows.stream().map(row -> row.stream().map(v -> v == null ? "" : v).toList()).toList();
        for (List<String> row : rows) {
            if (row.size() != header.size()) {
                throw new IllegalArgumentException("A row has " + row.size() + " values for " + header.size()
                        + " columns");
            }
        }
    }
}
