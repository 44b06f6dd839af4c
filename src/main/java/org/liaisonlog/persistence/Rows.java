package org.liaisonlog.persistence;

import java.util.List;
import org.jooq.DSLContext;
import org.jooq.InsertSetMoreStep;
import org.jooq.Table;
import org.jooq.TableRecord;

/** Writing many rows of one table at once. */
final class Rows {

    /** Rows per INSERT statement: keeps the statement's parameter count moderate. */
    private static final int CHUNK = 500;

    private Rows() {
    }

    /** Inserts the records with multi-row INSERT statements (one per {@value #CHUNK} rows). */
    static <R extends TableRecord<R>> void insertAll(DSLContext dsl, Table<R> table, List<R> records) {
        for (int from = 0; from < records.size(); from += CHUNK) {
            List<R> chunk = records.subList(from, Math.min(records.size(), from + CHUNK));
            InsertSetMoreStep<R> insert = dsl.insertInto(table).set(chunk.get(0));
            for (R record : chunk.subList(1, chunk.size())) {
                insert = insert.newRecord().set(record);
            }
            insert.execute();
        }
    }
}
