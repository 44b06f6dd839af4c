package org.liaisonlog.persistence;

import java.util.function.Supplier;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;
import org.liaisonlog.logic.catalogue.CatalogueException;
import org.liaisonlog.logic.catalogue.Transactions;

/**
 * Transactions of one catalogue. The catalogue's {@link DSLContext} runs over a
 * {@link org.jooq.impl.ThreadLocalTransactionProvider}: while a transaction is open on a thread,
 * every repository call on that thread uses its connection and joins it; a nested call opens a
 * savepoint, so a failure inside it undoes only its own part when the caller catches it.
 *
 * <p>Database failures leave here as {@link CatalogueException}s with plain messages of our own;
 * H2's message (which may quote stored values) stays in the cause.
 */
final class JooqTransactions implements Transactions {

    private final DSLContext dsl;

    JooqTransactions(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        try {
            return dsl.transactionResult(() -> work.get());
        } catch (DataAccessException e) {
            throw new CatalogueException("error.catalogueSave", "The catalogue could not be saved", e);
        }
    }

    /** Runs a read, turning a database failure into a plain {@link CatalogueException}. */
    <T> T read(Supplier<T> work) {
        try {
            return work.get();
        } catch (DataAccessException e) {
            throw new CatalogueException("error.catalogueRead", "The catalogue could not be read", e);
        }
    }
}
