package org.liaisonlog.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.liaisonlog.logic.catalogue.StaleRecordException;
import org.liaisonlog.logic.catalogue.Transactions;
import org.liaisonlog.model.event.Event;

/** Repository calls inside {@link Transactions#inTransaction} join it; nested calls nest. */
class TransactionsTest {

    @TempDir
    Path temp;

    private H2Catalogue catalogue;
    private Fixtures fixtures;
    private Transactions transactions;

    @BeforeEach
    void open() {
        catalogue = H2Catalogue.open(temp);
        fixtures = Fixtures.seed(catalogue);
        transactions = catalogue.transactions();
    }

    @AfterEach
    void close() {
        catalogue.close();
    }

    @Test
    void aTransactionThatFailsHalfWayLeavesNothingBehind() {
        assertThatThrownBy(() -> transactions.inTransaction(() -> {
            catalogue.organisations().insert(Fixtures.organisation("Half-way organisation", null));
            catalogue.events().insert(fixtures.conference());
            assertThat(catalogue.events().count()).as("seen inside the transaction").isEqualTo(1);
            throw new IllegalStateException("stop");
        })).isInstanceOf(IllegalStateException.class).hasMessage("stop");

        assertThat(catalogue.events().count()).isZero();
        assertThat(catalogue.organisations().count()).isEqualTo(3);
        assertThat(catalogue.dsl().fetchCount(org.liaisonlog.persistence.generated.Tables.ATTENDANCE)).isZero();
    }

    @Test
    void theResultOfTheWorkIsReturned() {
        Event stored = transactions.inTransaction(() -> catalogue.events().insert(fixtures.conference()));
        assertThat(catalogue.events().findById(stored.id())).contains(stored);
    }

    @Test
    void aNestedFailureCaughtByTheCallerUndoesOnlyItsOwnPart() {
        transactions.inTransaction(() -> {
            catalogue.events().insert(Fixtures.yearOnly("Kept", 2019, null));
            try {
                transactions.inTransaction(() -> {
                    catalogue.events().insert(Fixtures.yearOnly("Undone", 2019, null));
                    throw new IllegalStateException("inner");
                });
            } catch (IllegalStateException expected) {
                // the caller carries on
            }
            catalogue.events().insert(Fixtures.yearOnly("Also kept", 2019, null));
        });

        assertThat(catalogue.events().findAllSummaries()).extracting(s -> s.title())
                .containsExactlyInAnyOrder("Kept", "Also kept");
    }

    @Test
    void aStaleSaveInsideALargerTransactionUndoesAllOfIt() {
        Event stored = catalogue.events().insert(fixtures.conference());
        catalogue.events().update(stored);

        assertThatThrownBy(() -> transactions.inTransaction(() -> {
            catalogue.organisations().insert(Fixtures.organisation("New while editing", null));
            catalogue.events().update(stored);
        })).isInstanceOf(StaleRecordException.class);

        assertThat(catalogue.organisations().count()).isEqualTo(3);
        assertThat(catalogue.events().findById(stored.id()).orElseThrow().stamp().version()).isEqualTo(1);
    }

    @Test
    void otherThreadsDoNotSeeUncommittedWork() throws Exception {
        transactions.inTransaction(() -> {
            catalogue.events().insert(Fixtures.yearOnly("Not yet committed", 2020, null));
            int[] seenElsewhere = new int[1];
            Thread other = new Thread(() -> seenElsewhere[0] = catalogue.events().count());
            other.start();
            try {
                other.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            assertThat(seenElsewhere[0]).isZero();
        });
        assertThat(catalogue.events().count()).isEqualTo(1);
    }
}
