package org.liaisonlog.logic.catalogue;

import java.nio.file.Path;
import org.liaisonlog.logic.event.EventRepository;
import org.liaisonlog.logic.history.ChangeHistory;
import org.liaisonlog.logic.organisation.OrganisationRepository;
import org.liaisonlog.logic.person.PersonRepository;
import org.liaisonlog.logic.search.SearchSource;
import org.liaisonlog.logic.theme.ThemeRepository;
import org.liaisonlog.logic.trip.TripRepository;

/** An open catalogue file: its repositories, its transactions and where it lives. */
public interface Catalogue extends AutoCloseable {

    /** The folder that holds the catalogue file. */
    Path folder();

    /** True when opening created a new, empty catalogue file. */
    boolean createdNow();

    Transactions transactions();

    CatalogueSettings settings();

    /** The change history, written in the same transaction as each change. */
    ChangeHistory history();

    CountryRepository countries();

    OrganisationRepository organisations();

    PersonRepository people();

    ThemeRepository themes();

    EventRepository events();

    TripRepository trips();

    /** Bulk reading for the search index. */
    SearchSource searchSource();

    /**
     * True when {@code passphrase} is the password of this open, encrypted catalogue (for the
     * lock screen). It runs the slow key derivation (about half a second), so call it off the
     * interface thread; it does not change or wipe {@code passphrase}. A catalogue that is not
     * encrypted has no password: always false.
     */
    boolean acceptsPassphrase(char[] passphrase);

    @Override
    void close();
}
