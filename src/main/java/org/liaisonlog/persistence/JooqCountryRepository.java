package org.liaisonlog.persistence;

import static org.liaisonlog.persistence.generated.Tables.COUNTRY;

import java.util.Collection;
import java.util.List;
import org.jooq.DSLContext;
import org.liaisonlog.logic.catalogue.CountryRepository;
import org.liaisonlog.model.common.Country;
import org.liaisonlog.persistence.generated.tables.records.CountryRecord;

/** The shipped countries in COUNTRY; other names are kept in one column, separated by "|". */
final class JooqCountryRepository implements CountryRepository {

    private final DSLContext dsl;
    private final JooqTransactions tx;

    JooqCountryRepository(DSLContext dsl, JooqTransactions tx) {
        this.dsl = dsl;
        this.tx = tx;
    }

    /** All countries, by English name. */
    @Override
    public List<Country> findAll() {
        return tx.read(() -> dsl.selectFrom(COUNTRY)
                .orderBy(COUNTRY.NAME_EN, COUNTRY.CODE)
                .fetch(r -> new Country(r.getCode(), r.getNameEn(), r.getNameRu(),
                        Codes.splitNames(r.getOtherNames()))));
    }

    /** Inserts the countries, all or none. */
    @Override
    public void insertAll(Collection<Country> countries) {
        if (countries.isEmpty()) {
            return;
        }
        List<CountryRecord> records = countries.stream()
                .map(c -> new CountryRecord(c.code(), c.nameEn(), c.nameRu(), Codes.joinNames(c.otherNames())))
                .toList();
        tx.inTransaction(() -> dsl.batchInsert(records).execute());
    }

    @Override
    public int count() {
        return tx.read(() -> dsl.fetchCount(COUNTRY));
    }
}
