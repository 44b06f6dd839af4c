package org.liaisonlog.persistence;

import static java.util.stream.Collectors.groupingBy;
import static java.util.stream.Collectors.mapping;
import static java.util.stream.Collectors.toList;
import static org.liaisonlog.persistence.generated.Tables.ORGANISATION;
import static org.liaisonlog.persistence.generated.Tables.ORGANISATION_ALIAS;
import static org.liaisonlog.persistence.generated.Tables.ATTENDANCE;
import static org.liaisonlog.persistence.generated.Tables.EVENT_ORGANISER;
import static org.liaisonlog.persistence.generated.Tables.PERSON;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.liaisonlog.logic.catalogue.CatalogueException;
import org.liaisonlog.logic.catalogue.StaleRecordException;
import org.liaisonlog.logic.merge.MergeImpact;
import org.liaisonlog.logic.organisation.OrganisationRepository;
import org.liaisonlog.model.attendance.AttendanceHistoryEntry;
import org.liaisonlog.model.organisation.Organisation;
import org.liaisonlog.model.organisation.OrganisationKind;
import org.liaisonlog.persistence.generated.tables.records.OrganisationRecord;

/**
 * Organisations in ORGANISATION, their other names in ORGANISATION_ALIAS. Other names are a
 * set: read back in alphabetical order, repeats dropped.
 */
final class JooqOrganisationRepository implements OrganisationRepository {

    private final DSLContext dsl;
    private final JooqTransactions tx;
    private final AttendanceHistoryQuery history;
    private final JooqMerges merges;

    JooqOrganisationRepository(DSLContext dsl, JooqTransactions tx) {
        this.dsl = dsl;
        this.tx = tx;
        this.history = new AttendanceHistoryQuery(dsl);
        this.merges = new JooqMerges(dsl);
    }

    @Override
    public Organisation insert(Organisation organisation) {
        UUID id = organisation.id();
        OffsetDateTime now = Stamps.now();
        return tx.inTransaction(() -> {
            dsl.insertInto(ORGANISATION)
                    .set(ORGANISATION.ID, id)
                    .set(ORGANISATION.NAME, organisation.name())
                    .set(ORGANISATION.NAME_RU, organisation.nameRu())
                    .set(ORGANISATION.ACRONYM, organisation.acronym())
                    .set(ORGANISATION.KIND, Codes.name(organisation.kind()))
                    .set(ORGANISATION.COUNTRY_CODE, organisation.countryCode())
                    .set(ORGANISATION.PARENT_ID, organisation.parentId())
                    .set(ORGANISATION.NOTES, organisation.notes())
                    .set(ORGANISATION.CREATED_AT, now)
                    .set(ORGANISATION.UPDATED_AT, now)
                    .set(ORGANISATION.VERSION, 0)
                    .execute();
            insertAliases(id, organisation.otherNames());
            return findById(id).orElseThrow();
        });
    }

    /** Writes the organisation over the version it was read at, replacing its other names. */
    @Override
    public Organisation update(Organisation organisation) {
        UUID id = organisation.id();
        OffsetDateTime now = Stamps.now();
        return tx.inTransaction(() -> {
            int rows = dsl.update(ORGANISATION)
                    .set(ORGANISATION.NAME, organisation.name())
                    .set(ORGANISATION.NAME_RU, organisation.nameRu())
                    .set(ORGANISATION.ACRONYM, organisation.acronym())
                    .set(ORGANISATION.KIND, Codes.name(organisation.kind()))
                    .set(ORGANISATION.COUNTRY_CODE, organisation.countryCode())
                    .set(ORGANISATION.PARENT_ID, organisation.parentId())
                    .set(ORGANISATION.NOTES, organisation.notes())
                    .set(ORGANISATION.UPDATED_AT, now)
                    .set(ORGANISATION.VERSION, ORGANISATION.VERSION.plus(1))
                    .where(ORGANISATION.ID.eq(id))
                    .and(ORGANISATION.VERSION.eq(organisation.stamp().version()))
                    .execute();
            Stamps.requireOneRow(rows, id);
            dsl.deleteFrom(ORGANISATION_ALIAS).where(ORGANISATION_ALIAS.ORGANISATION_ID.eq(id)).execute();
            insertAliases(id, organisation.otherNames());
            return findById(id).orElseThrow();
        });
    }

    /**
     * Deletes the organisation unless attendance, an event's organisers, a person or a
     * sub-organisation refers to it; its other names go with it.
     */
    @Override
    public void delete(UUID id, int version) {
        tx.inTransaction(() -> {
            boolean referenced = dsl.fetchExists(ATTENDANCE, ATTENDANCE.ORGANISATION_ID.eq(id))
                    || dsl.fetchExists(EVENT_ORGANISER, EVENT_ORGANISER.ORGANISATION_ID.eq(id))
                    || dsl.fetchExists(PERSON, PERSON.ORGANISATION_ID.eq(id))
                    || dsl.fetchExists(ORGANISATION, ORGANISATION.PARENT_ID.eq(id));
            if (referenced) {
                throw new CatalogueException("error.organisationInUse",
                        "The organisation is still referred to; nothing was deleted");
            }
            int rows = dsl.deleteFrom(ORGANISATION)
                    .where(ORGANISATION.ID.eq(id))
                    .and(ORGANISATION.VERSION.eq(version))
                    .execute();
            Stamps.requireOneRow(rows, id);
        });
    }

    private void insertAliases(UUID id, List<String> otherNames) {
        List<String> aliases = Codes.distinct(otherNames);
        if (!aliases.isEmpty()) {
            var insert = dsl.insertInto(ORGANISATION_ALIAS,
                    ORGANISATION_ALIAS.ORGANISATION_ID, ORGANISATION_ALIAS.ALIAS);
            for (String alias : aliases) {
                insert = insert.values(id, alias);
            }
            insert.execute();
        }
    }

    @Override
    public MergeImpact mergeImpact(UUID id) {
        return tx.read(() -> merges.organisationImpact(id));
    }

    @Override
    public void merge(UUID from, UUID into) {
        if (from.equals(into)) {
            throw new IllegalArgumentException("A record cannot be merged into itself");
        }
        tx.inTransaction(() -> merges.mergeOrganisations(
                findById(from).orElseThrow(() -> new StaleRecordException(from)),
                findById(into).orElseThrow(() -> new StaleRecordException(into))));
    }

    @Override
    public Map<UUID, Integer> eventCounts() {
        return tx.read(() -> history.eventCounts(ATTENDANCE.ORGANISATION_ID));
    }

    @Override
    public List<AttendanceHistoryEntry> attendanceOfOrganisation(UUID organisationId, boolean includeSubOrganisations) {
        return tx.read(() -> history.ofOrganisation(organisationId, includeSubOrganisations));
    }

    @Override
    public Optional<Organisation> findById(UUID id) {
        return find(ORGANISATION.ID.eq(id)).stream().findFirst();
    }

    @Override
    public List<Organisation> findAll() {
        return find(DSL.noCondition());
    }

    @Override
    public int count() {
        return tx.read(() -> dsl.fetchCount(ORGANISATION));
    }

    /** The matching organisations by name, with their other names: two queries in all. */
    private List<Organisation> find(Condition condition) {
        return tx.read(() -> {
            List<OrganisationRecord> rows = dsl.selectFrom(ORGANISATION)
                    .where(condition)
                    .orderBy(DSL.upper(ORGANISATION.NAME), ORGANISATION.NAME, ORGANISATION.ID)
                    .fetch();
            if (rows.isEmpty()) {
                return List.of();
            }
            Map<UUID, List<String>> aliases = dsl.select(ORGANISATION_ALIAS.ORGANISATION_ID, ORGANISATION_ALIAS.ALIAS)
                    .from(ORGANISATION_ALIAS)
                    .join(ORGANISATION).on(ORGANISATION.ID.eq(ORGANISATION_ALIAS.ORGANISATION_ID))
                    .where(condition)
                    .orderBy(ORGANISATION_ALIAS.ALIAS)
                    .fetch()
                    .stream()
                    .collect(groupingBy(r -> r.value1(), mapping(r -> r.value2(), toList())));
            return rows.stream().map(r -> toOrganisation(r, aliases.getOrDefault(r.getId(), List.of()))).toList();
        });
    }

    private static Organisation toOrganisation(OrganisationRecord r, List<String> aliases) {
        return new Organisation(
                Stamps.stamp(r.getId(), r.getVersion(), r.getCreatedAt(), r.getUpdatedAt()),
                r.getName(),
                r.getNameRu(),
                r.getAcronym(),
                aliases,
                Codes.parse(OrganisationKind.class, r.getKind()),
                r.getCountryCode(),
                r.getParentId(),
                r.getNotes());
    }
}
