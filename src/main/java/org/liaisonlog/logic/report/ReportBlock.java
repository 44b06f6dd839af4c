package org.liaisonlog.logic.report;

import java.util.List;
import java.util.Objects;

/** One part of a report's body. */
public sealed interface ReportBlock {

    /** A section heading. */
    record Heading(String text) implements ReportBlock {
        public Heading {
            Objects.requireNonNull(text, "text");
        }
    }

    /** Running text; line breaks in it are kept. */
    record Paragraph(String text) implements ReportBlock {
        public Paragraph {
            Objects.requireNonNull(text, "text");
        }
    }

    /** Label and value pairs ("Dates: 31 October – 1 November 2018"). */
    record Facts(List<Fact> facts) implements ReportBlock {
        public Facts {
            facts = List.copyOf(facts);
        }
    }

    record Fact(String label, String value) {
        public Fact {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(value, "value");
        }
    }

    /**
     * A table whose header is repeated on every page it runs over.
     *
     * @param tallRows true when rows need room to write by hand (sign-in sheets)
     */
    record Table(List<Column> columns, List<Row> rows, boolean tallRows) implements ReportBlock {
        public Table {
            columns = List.copyOf(columns);
            rows = List.copyOf(rows);
            for (Row row : rows) {
                if (row instanceof Cells cells && cells.values().size() != columns.size()) {
                    throw new IllegalArgumentException("A row has " + cells.values().size()
                            + " cells for " + columns.size() + " columns");
                }
            }
        }
    }

    /** A column: its header and its share of the table's width (any positive numbers). */
    record Column(String header, float width) {
        public Column {
            Objects.requireNonNull(header, "header");
            if (!(width > 0)) {
                throw new IllegalArgumentException("width must be positive");
            }
        }
    }

    /** A row of a table. */
    sealed interface Row permits GroupRow, Cells, TotalRow {
    }

    /** A heading row across the whole table: a group ("Member states") and its count. */
    record GroupRow(String text, String count, int level) implements Row {
        public GroupRow {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(count, "count");
        }
    }

    /** An ordinary row; {@code indent} steps the first cell in (a person under their organisation). */
    record Cells(List<String> values, int indent) implements Row {
        public Cells {
            values = values.stream().map(v -> v == null ? "" : v).toList();
        }
    }

    /** A closing row: "Total" and its figure. */
    record TotalRow(String label, String value) implements Row {
        public TotalRow {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(value, "value");
        }
    }
}
