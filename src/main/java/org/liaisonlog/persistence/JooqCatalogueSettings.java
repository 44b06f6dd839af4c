package org.liaisonlog.persistence;

import static org.liaisonlog.persistence.generated.Tables.CATALOGUE_SETTING;

import java.util.Objects;
import java.util.Optional;
import org.jooq.DSLContext;
import org.liaisonlog.logic.catalogue.CatalogueSettings;

/** Catalogue-level facts in CATALOGUE_SETTING, one row per name. */
final class JooqCatalogueSettings implements CatalogueSettings {

    private final DSLContext dsl;
    private final JooqTransactions tx;

    JooqCatalogueSettings(DSLContext dsl, JooqTransactions tx) {
        this.dsl = dsl;
        this.tx = tx;
    }

    @Override
    public Optional<String> get(String name) {
        return tx.read(() -> dsl.select(CATALOGUE_SETTING.SETTING_VALUE)
                .from(CATALOGUE_SETTING)
                .where(CATALOGUE_SETTING.NAME.eq(name))
                .fetchOptional(CATALOGUE_SETTING.SETTING_VALUE));
    }

    @Override
    public void put(String name, String value) {
        Objects.requireNonNull(name, "name");
        tx.inTransaction(() -> dsl.insertInto(CATALOGUE_SETTING)
                .set(CATALOGUE_SETTING.NAME, name)
                .set(CATALOGUE_SETTING.SETTING_VALUE, value)
                .onDuplicateKeyUpdate()
                .set(CATALOGUE_SETTING.SETTING_VALUE, value)
                .execute());
    }
}
