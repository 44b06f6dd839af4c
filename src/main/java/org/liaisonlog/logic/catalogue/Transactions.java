package org.liaisonlog.logic.catalogue;

import java.util.function.Supplier;

/** Runs work in one database transaction: all of it is saved, or none. Calls may nest. */
public interface Transactions {

    <T> T inTransaction(Supplier<T> work);

    default void inTransaction(Runnable work) {
        inTransaction(() -> {
            work.run();
            return null;
        });
    }
}
