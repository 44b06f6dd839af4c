package org.liaisonlog.persistence;

import static org.liaisonlog.persistence.generated.Tables.ATTENDANCE;
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
import static org.liaisonlog.persistence.generated.Tables.TRIP_EVENT;
import static org.liaisonlog.persistence.generated.Tables.TRIP_LEG;
import static org.liaisonlog.persistence.generated.Tables.TRIP_TRAVELLER;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.TableRecord;
import org.jooq.exception.DataAccessException;
import org.liaisonlog.logic.catalogue.CatalogueException;
import org.liaisonlog.logic.synthetic.BulkWriter;
import org.liaisonlog.model.attendance.Attendance;
import org.liaisonlog.model.event.Event;
import org.liaisonlog.model.event.Source;
import org.liaisonlog.model.organisation.Organisation;
import org.liaisonlog.model.person.Person;
import org.liaisonlog.model.theme.Theme;
import org.liaisonlog.model.trip.Trip;
import org.liaisonlog.model.trip.TripLeg;
import org.liaisonlog.persistence.generated.tables.records.AttendanceRecord;
import org.liaisonlog.persistence.generated.tables.records.EventOrganiserRecord;
import org.liaisonlog.persistence.generated.tables.records.EventRecord;
import org.liaisonlog.persistence.generated.tables.records.EventSourceRecord;
import org.liaisonlog.persistence.generated.tables.records.EventThemeRecord;
import org.liaisonlog.persistence.generated.tables.records.OrganisationAliasRecord;
import org.liaisonlog.persistence.generated.tables.records.OrganisationRecord;
import org.liaisonlog.persistence.generated.tables.records.PersonRecord;
import org.liaisonlog.persistence.generated.tables.records.PersonSpellingRecord;
import org.liaisonlog.persistence.generated.tables.records.SourceRecord;
import org.liaisonlog.persistence.generated.tables.records.ThemeRecord;
import org.liaisonlog.persistence.generated.tables.records.TripEventRecord;
import org.liaisonlog.persistence.generated.tables.records.TripLegRecord;
import org.liaisonlog.persistence.generated.tables.records.TripRecord;
import org.liaisonlog.persistence.generated.tables.records.TripTravellerRecord;

/**
 * The {@link BulkWriter} of an H2 catalogue: the rows the repositories write (events through the
 * same {@link EventMapper}), made as jOOQ records, then sent as JDBC batches of one prepared
 * INSERT per table (its SQL rendered by jOOQ from the generated table), each call in one
 * transaction. Batching one statement is several times faster than jOOQ's multi-row INSERTs,
 * which H2 must parse afresh every time; it is what makes a million attendance lines a matter
 * of a minute or so.
 */
public final class JooqBulkWriter implements BulkWriter {

    /** Rows per JDBC batch. */
    private static final int BATCH = 1_000;

    private final DSLContext dsl;
    private final JooqTransactions tx;
    private final OffsetDateTime now = Stamps.now();

    private JooqBulkWriter(DSLContext dsl, JooqTransactions tx) {
        this.dsl = dsl;
        this.tx = tx;
    }

    public static BulkWriter into(H2Catalogue catalogue) {
        return new JooqBulkWriter(catalogue.dsl(), (JooqTransactions) catalogue.transactions());
    }

    /**
     * Rewrites the file of a closed catalogue without the free space that bulk writing leaves
     * behind (H2's {@code SHUTDOWN COMPACT}), and makes it its owner's only again. H2 writes each
     * changed index page anew and keeps the old copies until it compacts, and a million
     * attendance lines under random keys change nearly every page of their indexes again and
     * again: at 100 000 events the file is about 8 GB after writing and about 260 MB after this,
     * which takes some 20 seconds. The catalogue must not be open.
     */
    public static void compact(Path folder) {
        try {
            CatalogueFolder files = CatalogueFolder.prepare(folder);
            try (Connection connection = DriverManager.getConnection(files.workCopyUrl(false), "sa", "");
                 Statement statement = connection.createStatement()) {
                statement.execute("SHUTDOWN COMPACT");
            }
            files.restrictDatabaseFile();
            // the compacted file is shorter than at its last close, and rightly so
            files.recordClosedLength();
        } catch (SQLException | IOException e) {
            throw new CatalogueException("error.catalogueSave", "The catalogue file could not be compacted", e);
        }
    }

    @Override
    public void themes(List<Theme> themes) {
        List<ThemeRecord> rows = new ArrayList<>(themes.size());
        for (Theme theme : themes) {
            rows.add(new ThemeRecord(theme.id(), theme.parentId(), theme.refKey(), theme.nameEn(), theme.nameRu(),
                    theme.sortOrder(), now, now, 0));
        }
        write(List.of(new Rows<>(THEME, rows)));
    }

    @Override
    public void organisations(List<Organisation> organisations) {
        List<OrganisationRecord> rows = new ArrayList<>(organisations.size());
        List<OrganisationAliasRecord> aliases = new ArrayList<>();
        for (Organisation o : organisations) {
            rows.add(new OrganisationRecord(o.id(), o.name(), o.nameRu(), o.acronym(), Codes.name(o.kind()),
                    o.countryCode(), o.parentId(), o.notes(), now, now, 0));
            Codes.distinct(o.otherNames()).forEach(alias -> aliases.add(new OrganisationAliasRecord(o.id(), alias)));
        }
        write(List.of(new Rows<>(ORGANISATION, rows), new Rows<>(ORGANISATION_ALIAS, aliases)));
    }

    @Override
    public void people(List<Person> people) {
        List<PersonRecord> rows = new ArrayList<>(people.size());
        List<PersonSpellingRecord> spellings = new ArrayList<>();
        for (Person p : people) {
            rows.add(new PersonRecord(p.id(), p.name(), p.honorific(), p.position(), p.organisationId(),
                    p.countryCode(), p.notes(), now, now, 0));
            Codes.distinct(p.otherSpellings()).forEach(s -> spellings.add(new PersonSpellingRecord(p.id(), s)));
        }
        write(List.of(new Rows<>(PERSON, rows), new Rows<>(PERSON_SPELLING, spellings)));
    }

    @Override
    public void events(List<Event> events) {
        List<EventRecord> rows = new ArrayList<>(events.size());
        List<EventOrganiserRecord> organisers = new ArrayList<>();
        List<EventThemeRecord> themes = new ArrayList<>();
        List<SourceRecord> sources = new ArrayList<>();
        List<EventSourceRecord> sourceLinks = new ArrayList<>();
        List<AttendanceRecord> attendance = new ArrayList<>();
        for (Event event : events) {
            UUID id = event.id();
            EventRecord row = EventMapper.content(event);
            row.setId(id);
            row.setCreatedAt(now);
            row.setUpdatedAt(now);
            row.setVersion(0);
            rows.add(row);
            List<UUID> organiserIds = Codes.distinct(event.organiserIds());
            for (int i = 0; i < organiserIds.size(); i++) {
                organisers.add(new EventOrganiserRecord(id, organiserIds.get(i), i));
            }
            Codes.distinct(event.themeIds()).forEach(themeId -> themes.add(new EventThemeRecord(id, themeId)));
            for (Source source : event.sources()) {
                sources.add(EventMapper.sourceRecord(source, now));
                sourceLinks.add(new EventSourceRecord(id, source.id()));
            }
            List<Attendance> lines = event.attendance();
            for (int i = 0; i < lines.size(); i++) {
                attendance.add(EventMapper.attendanceRecord(lines.get(i), id, i, now, now));
            }
        }
        write(List.of(new Rows<>(EVENT, rows), new Rows<>(EVENT_ORGANISER, organisers),
                new Rows<>(EVENT_THEME, themes), new Rows<>(SOURCE, sources), new Rows<>(EVENT_SOURCE, sourceLinks),
                new Rows<>(ATTENDANCE, attendance)));
    }

    @Override
    public void trips(List<Trip> trips) {
        List<TripRecord> rows = new ArrayList<>(trips.size());
        List<TripTravellerRecord> travellers = new ArrayList<>();
        List<TripLegRecord> legs = new ArrayList<>();
        List<TripEventRecord> events = new ArrayList<>();
        for (Trip trip : trips) {
            UUID id = trip.id();
            rows.add(new TripRecord(id, trip.purpose(), Codes.name(trip.status()), trip.report(), trip.followUp(),
                    now, now, 0));
            List<UUID> people = Codes.distinct(trip.travellerIds());
            for (int i = 0; i < people.size(); i++) {
                travellers.add(new TripTravellerRecord(id, people.get(i), i));
            }
            for (int i = 0; i < trip.legs().size(); i++) {
                TripLeg leg = trip.legs().get(i);
                legs.add(new TripLegRecord(leg.id(), id, i, leg.city(), leg.countryCode(), leg.from(), leg.to()));
            }
            Codes.distinct(trip.eventIds()).forEach(eventId -> events.add(new TripEventRecord(id, eventId)));
        }
        write(List.of(new Rows<>(TRIP, rows), new Rows<>(TRIP_TRAVELLER, travellers), new Rows<>(TRIP_LEG, legs),
                new Rows<>(TRIP_EVENT, events)));
    }

    /** Refreshes H2's statistics of the now large tables, so its planner chooses indexes well. */
    @Override
    public void finish() {
        tx.inTransaction(() -> dsl.execute("ANALYZE"));
    }

    /** The rows of one table, in the order they are to be written (parents first). */
    private record Rows<R extends TableRecord<R>>(Table<R> table, List<R> records) {
    }

    private void write(List<Rows<?>> tables) {
        tx.inTransaction(() -> dsl.connection(connection -> {
            for (Rows<?> rows : tables) {
                insert(connection, rows);
            }
        }));
    }

    private void insert(Connection connection, Rows<?> rows) throws SQLException {
        if (rows.records().isEmpty()) {
            return;
        }
        Field<?>[] fields = rows.table().fields();
        String sql = dsl.insertInto(rows.table()).columns(fields).values(new Object[fields.length]).getSQL();
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            int pending = 0;
            for (TableRecord<?> record : rows.records()) {
                for (int i = 0; i < fields.length; i++) {
                    insert.setObject(i + 1, record.get(i));
                }
                insert.addBatch();
                if (++pending == BATCH) {
                    insert.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                insert.executeBatch();
            }
        } catch (SQLException e) {
            throw new DataAccessException("Bulk insert into " + rows.table().getName() + " failed", e);
        }
    }
}
