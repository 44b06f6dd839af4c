package org.liaisonlog.logic.example;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.liaisonlog.logic.catalogue.Catalogue;
import org.liaisonlog.logic.catalogue.CatalogueSettings;
import org.liaisonlog.logic.catalogue.Names;
import org.liaisonlog.model.attendance.Attendance;
import org.liaisonlog.model.attendance.AttendanceStatus;
import org.liaisonlog.model.attendance.Capacity;
import org.liaisonlog.model.attendance.ParticipantRole;
import org.liaisonlog.model.common.DatePrecision;
import org.liaisonlog.model.common.PartialDate;
import org.liaisonlog.model.common.RecordStamp;
import org.liaisonlog.model.event.Event;
import org.liaisonlog.model.event.EventKind;
import org.liaisonlog.model.event.Source;
import org.liaisonlog.model.organisation.Organisation;
import org.liaisonlog.model.organisation.OrganisationKind;
import org.liaisonlog.model.person.Person;
import org.liaisonlog.model.theme.Theme;
import org.liaisonlog.model.trip.Trip;
import org.liaisonlog.model.trip.TripLeg;
import org.liaisonlog.model.trip.TripStatus;

/**
 * The example catalogue shipped in {@code resources/example}: the RATS SCO conference in
 * Tashkent, 2018, as the seed document gives it, with the CARICC Director's trip to it.
 */
public final class ExampleCatalogue {

    private static final String FILE = "/example/catalogue.json";

    private final Catalogue catalogue;
    private final Map<String, UUID> organisationIds = new HashMap<>();
    private final Map<String, UUID> themeIds = new HashMap<>();
    private final Map<String, UUID> peopleIds = new HashMap<>();
    private final Map<String, UUID> eventIds = new HashMap<>();

    private ExampleCatalogue(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    /** Adds the example to a catalogue that already holds the reference data, in one transaction. */
    public static void loadInto(Catalogue catalogue) {
        ExampleFile file = read();
        new ExampleCatalogue(catalogue).load(file);
    }

    private void load(ExampleFile file) {
        catalogue.transactions().inTransaction(() -> {
            index();
            file.organisations().forEach(this::insertOrganisation);
            file.people().forEach(this::insertPerson);
            file.events().forEach(this::insertEvent);
            file.trips().forEach(this::insertTrip);
            catalogue.settings().put(CatalogueSettings.FIRST_START_DONE, "example");
        });
    }

    private void index() {
        for (Organisation o : catalogue.organisations().findAll()) {
            organisationIds.putIfAbsent(Names.key(o.name()), o.id());
            if (o.acronym() != null) {
                organisationIds.putIfAbsent(Names.key(o.acronym()), o.id());
            }
            o.otherNames().forEach(n -> organisationIds.putIfAbsent(Names.key(n), o.id()));
        }
        for (Theme t : catalogue.themes().findAll()) {
            if (t.refKey() != null) {
                themeIds.put(t.refKey(), t.id());
            }
        }
    }

    private void insertOrganisation(ExampleFile.OrganisationEntry e) {
        UUID parent = e.parent() == null ? null : organisation(e.parent());
        Organisation o = catalogue.organisations().insert(new Organisation(RecordStamp.fresh(), e.name(), null,
                e.acronym(), List.of(), OrganisationKind.valueOf(e.kind()), e.country(), parent, null));
        organisationIds.put(Names.key(o.name()), o.id());
    }

    private void insertPerson(ExampleFile.PersonEntry e) {
        UUID organisation = e.organisation() == null ? null : organisation(e.organisation());
        Person p = catalogue.people().insert(new Person(RecordStamp.fresh(), e.name(), nonNull(e.otherSpellings()),
                e.honorific(), e.position(), organisation, e.country(), null));
        peopleIds.put(e.ref(), p.id());
    }

    private void insertEvent(ExampleFile.EventEntry e) {
        List<UUID> organisers = nonNull(e.organisers()).stream().map(this::organisation).toList();
        List<UUID> themes = nonNull(e.themes()).stream().map(k -> lookup(themeIds, k, "theme")).toList();
        List<Source> sources = nonNull(e.sources()).stream().map(s -> new Source(UUID.randomUUID(), s.url(),
                s.publisher(), s.publishedOn() == null ? null : LocalDate.parse(s.publishedOn()),
                s.textResource() == null ? null : text(s.textResource()))).toList();
        List<Attendance> attendance = nonNull(e.attendance()).stream().map(this::attendance).toList();
        Event event = catalogue.events().insert(new Event(RecordStamp.fresh(), EventKind.valueOf(e.kind()),
                e.title(), e.series(), e.edition(), e.motto(), organisers, e.city(), e.country(), e.venue(),
                partialDate(e.start()), partialDate(e.end()), e.summary(), e.outcomes(), themes, sources, attendance));
        eventIds.put(e.ref(), event.id());
    }

    private Attendance attendance(ExampleFile.AttendanceEntry a) {
        return new Attendance(UUID.randomUUID(),
                a.organisation() == null ? null : organisation(a.organisation()),
                a.person() == null ? null : lookup(peopleIds, a.person(), "person"),
                a.description(), Capacity.valueOf(a.capacity()), a.country(),
                a.role() == null ? null : ParticipantRole.valueOf(a.role()), a.title(),
                a.status() == null ? AttendanceStatus.ATTENDED : AttendanceStatus.valueOf(a.status()), a.notes());
    }

    private void insertTrip(ExampleFile.TripEntry t) {
        List<TripLeg> legs = nonNull(t.legs()).stream().map(l -> new TripLeg(UUID.randomUUID(), l.city(),
                l.country(), LocalDate.parse(l.from()), LocalDate.parse(l.to()))).toList();
        catalogue.trips().insert(new Trip(RecordStamp.fresh(),
                nonNull(t.travellers()).stream().map(r -> lookup(peopleIds, r, "person")).toList(),
                t.purpose(), legs, nonNull(t.events()).stream().map(r -> lookup(eventIds, r, "event")).toList(),
                TripStatus.valueOf(t.status()), t.report(), t.followUp()));
    }

    private UUID organisation(String name) {
        UUID id = organisationIds.get(Names.key(name));
        if (id == null) {
            throw new IllegalStateException("The example names an unknown organisation: " + name);
        }
        return id;
    }

    /** A date written as yyyy-mm-dd, yyyy-mm or yyyy, with the precision the writing gives. */
    static PartialDate partialDate(String text) {
        if (text == null) {
            return null;
        }
        String[] parts = text.split("-");
        return switch (parts.length) {
            case 1 -> PartialDate.ofYear(Integer.parseInt(parts[0]));
            case 2 -> PartialDate.ofMonth(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]));
            default -> new PartialDate(LocalDate.parse(text), DatePrecision.DAY);
        };
    }

    private static <T> T lookup(Map<String, T> map, String key, String what) {
        T value = map.get(key);
        if (value == null) {
            throw new IllegalStateException("The example names an unknown " + what + ": " + key);
        }
        return value;
    }

    private static <T> List<T> nonNull(List<T> list) {
        return list == null ? List.of() : list;
    }

    private static ExampleFile read() {
        try (InputStream in = resource(FILE)) {
            return new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true)
                    .readValue(in, ExampleFile.class);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the example catalogue", e);
        }
    }

    private static String text(String name) {
        try (InputStream in = resource("/example/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the example source text", e);
        }
    }

    private static InputStream resource(String name) {
        return Objects.requireNonNull(ExampleCatalogue.class.getResourceAsStream(name), name);
    }
}
