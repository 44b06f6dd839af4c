package org.liaisonlog.persistence;

import static org.liaisonlog.persistence.generated.Tables.ATTENDANCE;
import static org.liaisonlog.persistence.generated.Tables.COUNTRY;
import static org.liaisonlog.persistence.generated.Tables.EVENT;
import static org.liaisonlog.persistence.generated.Tables.EVENT_ORGANISER;
import static org.liaisonlog.persistence.generated.Tables.EVENT_SOURCE;
import static org.liaisonlog.persistence.generated.Tables.EVENT_THEME;
import static org.liaisonlog.persistence.generated.Tables.ORGANISATION;
import static org.liaisonlog.persistence.generated.Tables.ORGANISATION_ALIAS;
import static org.liaisonlog.persistence.generated.Tables.PERSON;
import static org.liaisonlog.persistence.generated.Tables.PERSON_SPELLING;
import static org.liaisonlog.persistence.generated.Tables.SOURCE;
import static org.liaisonlog.persistence.generated.Tables.THEME;
import static org.liaisonlog.persistence.generated.Tables.TRIP;
import static org.liaisonlog.persistence.generated.Tables.TRIP_LEG;
import static org.liaisonlog.persistence.generated.Tables.TRIP_TRAVELLER;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import org.jooq.Condition;
import org.jooq.Cursor;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.liaisonlog.logic.search.RecordKind;
import org.liaisonlog.logic.search.SearchSource;
import org.liaisonlog.model.attendance.AttendanceStatus;
import org.liaisonlog.model.attendance.Capacity;
import org.liaisonlog.model.event.EventKind;

/**
 * Bulk reading for the search index. Each kind is read by a few queries ordered by the record's
 * id (the parent table by its key, each child table by its foreign key, both served by an index),
 * streamed lazily on one connection and joined as they come: every child row's parent is in the
 * parent stream and both streams share one order, so a record's children are exactly the child
 * rows that come while it is current (a child row written between two reads, whose parent the
 * parent read missed, is skipped). Nothing is collected across records, and H2 does not spill
 * the results to temporary files.
 */
final class JooqSearchSource implements SearchSource {

    private final DSLContext dsl;
    private final JooqTransactions tx;

    JooqSearchSource(DSLContext dsl, JooqTransactions tx) {
        this.dsl = dsl;
        this.tx = tx;
    }

    @Override
    public List<CountryRow> countries() {
        return tx.read(() -> dsl.selectFrom(COUNTRY).orderBy(COUNTRY.CODE).fetch(r -> new CountryRow(
                r.getCode().trim(), r.getNameEn(), r.getNameRu(), Codes.splitNames(r.getOtherNames()))));
    }

    @Override
    public void themes(Set<UUID> ids, Consumer<ThemeRow> consumer) {
        tx.read(() -> {
            dsl.selectFrom(THEME).where(in(THEME.ID, ids)).fetch().forEach(r -> consumer.accept(
                    new ThemeRow(r.getId(), r.getParentId(), r.getNameEn(), r.getNameRu())));
            return null;
        });
    }

    @Override
    public void organisations(Set<UUID> ids, Consumer<OrganisationRow> consumer) {
        streamed(local -> {
            try (Cursor<? extends Record> main = local.selectFrom(ORGANISATION).where(in(ORGANISATION.ID, ids))
                    .orderBy(ORGANISATION.ID).fetchLazy();
                 Cursor<? extends Record> aliases = local.selectFrom(ORGANISATION_ALIAS)
                         .where(in(ORGANISATION_ALIAS.ORGANISATION_ID, ids))
                         .orderBy(ORGANISATION_ALIAS.ORGANISATION_ID).fetchLazy()) {
                Children<String> names = new Children<>(aliases, ORGANISATION_ALIAS.ORGANISATION_ID,
                        r -> r.get(ORGANISATION_ALIAS.ALIAS));
                while (main.hasNext()) {
                    Record r = main.fetchNext();
                    UUID id = r.get(ORGANISATION.ID);
                    consumer.accept(new OrganisationRow(id, r.get(ORGANISATION.NAME), r.get(ORGANISATION.NAME_RU),
                            r.get(ORGANISATION.ACRONYM), names.of(id), r.get(ORGANISATION.KIND),
                            trim(r.get(ORGANISATION.COUNTRY_CODE))));
                }
            }
        });
    }

    @Override
    public void people(Set<UUID> ids, Consumer<PersonRow> consumer) {
        streamed(local -> {
            try (Cursor<? extends Record> main = local.selectFrom(PERSON).where(in(PERSON.ID, ids))
                    .orderBy(PERSON.ID).fetchLazy();
                 Cursor<? extends Record> spellings = local.selectFrom(PERSON_SPELLING)
                         .where(in(PERSON_SPELLING.PERSON_ID, ids)).orderBy(PERSON_SPELLING.PERSON_ID).fetchLazy()) {
                Children<String> others = new Children<>(spellings, PERSON_SPELLING.PERSON_ID,
                        r -> r.get(PERSON_SPELLING.SPELLING));
                while (main.hasNext()) {
                    Record r = main.fetchNext();
                    UUID id = r.get(PERSON.ID);
                    consumer.accept(new PersonRow(id, r.get(PERSON.NAME), others.of(id), r.get(PERSON.HONORIFIC),
                            r.get(PERSON.POSITION), r.get(PERSON.ORGANISATION_ID), trim(r.get(PERSON.COUNTRY_CODE))));
                }
            }
        });
    }

    @Override
    public void events(Set<UUID> ids, Consumer<EventRow> consumer) {
        streamed(local -> {
            try (Cursor<? extends Record> main = local.select(EVENT.ID, EVENT.KIND, EVENT.TITLE, EVENT.SERIES,
                            EVENT.MOTTO, EVENT.CITY, EVENT.COUNTRY_CODE, EVENT.VENUE, EVENT.START_DATE,
                            EVENT.START_PRECISION, EVENT.END_DATE, EVENT.END_PRECISION, EVENT.SUMMARY, EVENT.OUTCOMES)
                    .from(EVENT).where(in(EVENT.ID, ids)).orderBy(EVENT.ID).fetchLazy();
                 Cursor<? extends Record> organisers = local.select(EVENT_ORGANISER.EVENT_ID,
                                 EVENT_ORGANISER.ORGANISATION_ID, EVENT_ORGANISER.SORT_ORDER)
                         .from(EVENT_ORGANISER).where(in(EVENT_ORGANISER.EVENT_ID, ids))
                         .orderBy(EVENT_ORGANISER.EVENT_ID).fetchLazy();
                 Cursor<? extends Record> themes = local.select(EVENT_THEME.EVENT_ID, EVENT_THEME.THEME_ID)
                         .from(EVENT_THEME).where(in(EVENT_THEME.EVENT_ID, ids)).orderBy(EVENT_THEME.EVENT_ID)
                         .fetchLazy();
                 Cursor<? extends Record> sources = local.select(EVENT_SOURCE.EVENT_ID, SOURCE.PUBLISHER, SOURCE.TEXT)
                         .from(EVENT_SOURCE).join(SOURCE).on(SOURCE.ID.eq(EVENT_SOURCE.SOURCE_ID))
                         .where(in(EVENT_SOURCE.EVENT_ID, ids)).orderBy(EVENT_SOURCE.EVENT_ID).fetchLazy();
                 Cursor<? extends Record> attendance = local.select(ATTENDANCE.EVENT_ID, ATTENDANCE.ORGANISATION_ID,
                                 ATTENDANCE.PERSON_ID, ATTENDANCE.COUNTRY_CODE, ATTENDANCE.DESCRIPTION,
                                 ATTENDANCE.CAPACITY, ATTENDANCE.STATUS)
                         .from(ATTENDANCE).where(in(ATTENDANCE.EVENT_ID, ids)).orderBy(ATTENDANCE.EVENT_ID)
                         .fetchLazy()) {
                Children<Record> organiserRows = new Children<>(organisers, EVENT_ORGANISER.EVENT_ID, r -> r);
                Children<UUID> themeIds = new Children<>(themes, EVENT_THEME.EVENT_ID, r -> r.get(EVENT_THEME.THEME_ID));
                Children<SourceRow> sourceRows = new Children<>(sources, EVENT_SOURCE.EVENT_ID,
                        r -> new SourceRow(r.get(SOURCE.PUBLISHER), r.get(SOURCE.TEXT)));
                Children<AttendanceRow> attendanceRows = new Children<>(attendance, ATTENDANCE.EVENT_ID,
                        r -> new AttendanceRow(r.get(ATTENDANCE.ORGANISATION_ID), r.get(ATTENDANCE.PERSON_ID),
                                trim(r.get(ATTENDANCE.COUNTRY_CODE)), r.get(ATTENDANCE.DESCRIPTION),
                                Codes.parse(Capacity.class, r.get(ATTENDANCE.CAPACITY)),
                                Codes.parse(AttendanceStatus.class, r.get(ATTENDANCE.STATUS))));
                while (main.hasNext()) {
                    Record r = main.fetchNext();
                    UUID id = r.get(EVENT.ID);
                    List<UUID> organiserIds = organiserRows.of(id).stream()
                            .sorted(Comparator.comparing(o -> o.get(EVENT_ORGANISER.SORT_ORDER)))
                            .map(o -> o.get(EVENT_ORGANISER.ORGANISATION_ID)).toList();
                    consumer.accept(new EventRow(id, Codes.parse(EventKind.class, r.get(EVENT.KIND)), r.get(EVENT.TITLE),
                            r.get(EVENT.SERIES), r.get(EVENT.MOTTO), r.get(EVENT.CITY), trim(r.get(EVENT.COUNTRY_CODE)),
                            r.get(EVENT.VENUE), Codes.partialDate(r.get(EVENT.START_DATE), r.get(EVENT.START_PRECISION)),
                            Codes.partialDate(r.get(EVENT.END_DATE), r.get(EVENT.END_PRECISION)), r.get(EVENT.SUMMARY),
                            r.get(EVENT.OUTCOMES), organiserIds, themeIds.of(id), sourceRows.of(id),
                            attendanceRows.of(id)));
                }
            }
        });
    }

    @Override
    public void trips(Set<UUID> ids, Consumer<TripRow> consumer) {
        streamed(local -> {
            try (Cursor<? extends Record> main = local.selectFrom(TRIP).where(in(TRIP.ID, ids)).orderBy(TRIP.ID)
                    .fetchLazy();
                 Cursor<? extends Record> travellers = local.selectFrom(TRIP_TRAVELLER)
                         .where(in(TRIP_TRAVELLER.TRIP_ID, ids)).orderBy(TRIP_TRAVELLER.TRIP_ID).fetchLazy();
                 Cursor<? extends Record> legs = local.selectFrom(TRIP_LEG).where(in(TRIP_LEG.TRIP_ID, ids))
                         .orderBy(TRIP_LEG.TRIP_ID).fetchLazy()) {
                Children<Record> travellerRows = new Children<>(travellers, TRIP_TRAVELLER.TRIP_ID, r -> r);
                Children<Record> legRows = new Children<>(legs, TRIP_LEG.TRIP_ID, r -> r);
                while (main.hasNext()) {
                    Record r = main.fetchNext();
                    UUID id = r.get(TRIP.ID);
                    List<UUID> travellerIds = travellerRows.of(id).stream()
                            .sorted(Comparator.comparing(t -> t.get(TRIP_TRAVELLER.SORT_ORDER)))
                            .map(t -> t.get(TRIP_TRAVELLER.PERSON_ID)).toList();
                    List<LegRow> legList = legRows.of(id).stream()
                            .sorted(Comparator.comparing(l -> l.get(TRIP_LEG.SORT_ORDER)))
                            .map(l -> new LegRow(l.get(TRIP_LEG.CITY), trim(l.get(TRIP_LEG.COUNTRY_CODE)),
                                    l.get(TRIP_LEG.FROM_DATE), l.get(TRIP_LEG.TO_DATE))).toList();
                    consumer.accept(new TripRow(id, r.get(TRIP.PURPOSE), r.get(TRIP.STATUS), r.get(TRIP.REPORT),
                            r.get(TRIP.FOLLOW_UP), travellerIds, legList));
                }
            }
        });
    }

    @Override
    public long count(RecordKind kind) {
        return tx.read(() -> switch (kind) {
            case EVENT -> dsl.fetchCount(EVENT);
            case TRIP -> dsl.fetchCount(TRIP);
            case PERSON -> dsl.fetchCount(PERSON);
            case ORGANISATION -> dsl.fetchCount(ORGANISATION);
            case THEME -> dsl.fetchCount(THEME);
        });
    }

    /**
     * Runs the reads on one connection of their own with lazy query execution, so each result is
     * streamed as it is read rather than held (or spilled to a temporary file) whole.
     */
    private void streamed(Consumer<DSLContext> work) {
        tx.read(() -> {
            dsl.connection(connection -> {
                DSLContext local = DSL.using(connection, SQLDialect.H2, dsl.settings());
                local.execute("SET LAZY_QUERY_EXECUTION TRUE");
                try {
                    work.accept(local);
                } finally {
                    local.execute("SET LAZY_QUERY_EXECUTION FALSE");
                }
            });
            return null;
        });
    }

    private static Condition in(Field<UUID> field, Set<UUID> ids) {
        return ids == null ? DSL.noCondition() : field.in(ids);
    }

    private static String trim(String code) {
        return code == null ? null : code.trim();
    }

    /** UUIDs in H2's order: the two halves compared as unsigned numbers. */
    static int compare(UUID a, UUID b) {
        int high = Long.compareUnsigned(a.getMostSignificantBits(), b.getMostSignificantBits());
        return high != 0 ? high : Long.compareUnsigned(a.getLeastSignificantBits(), b.getLeastSignificantBits());
    }

    /** The child rows of a cursor ordered like the parents, taken parent by parent. */
    private static final class Children<T> {
        private final Cursor<? extends Record> cursor;
        private final Field<UUID> parent;
        private final Function<Record, T> map;
        private Record pending;

        Children(Cursor<? extends Record> cursor, Field<UUID> parent, Function<Record, T> map) {
            this.cursor = cursor;
            this.parent = parent;
            this.map = map;
        }

        /** The rows of this parent: those that come while it is current. */
        List<T> of(UUID parentId) {
            List<T> rows = new ArrayList<>(4);
            while (true) {
                if (pending == null) {
                    if (!cursor.hasNext()) {
                        return rows;
                    }
                    pending = cursor.fetchNext();
                }
                int order = compare(pending.get(parent), parentId);
                if (order > 0) {
                    return rows;
                }
                if (order == 0) {
                    rows.add(map.apply(pending));
                }
                // order < 0: a row written between the two reads whose parent the parent read did not see
                pending = null;
            }
        }
    }
}
