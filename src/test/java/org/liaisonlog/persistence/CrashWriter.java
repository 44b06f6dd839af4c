package org.liaisonlog.persistence;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.liaisonlog.logic.catalogue.Catalogue;
import org.liaisonlog.logic.event.EventService;
import org.liaisonlog.logic.organisation.OrganisationService;
import org.liaisonlog.logic.person.PersonService;
import org.liaisonlog.model.attendance.Attendance;
import org.liaisonlog.model.attendance.AttendanceStatus;
import org.liaisonlog.model.attendance.Capacity;
import org.liaisonlog.model.attendance.ParticipantRole;
import org.liaisonlog.model.common.Country;
import org.liaisonlog.model.common.PartialDate;
import org.liaisonlog.model.common.RecordStamp;
import org.liaisonlog.model.event.Event;
import org.liaisonlog.model.event.EventKind;
import org.liaisonlog.model.event.Source;
import org.liaisonlog.model.organisation.Organisation;
import org.liaisonlog.model.organisation.OrganisationKind;
import org.liaisonlog.model.person.Person;
import org.liaisonlog.model.theme.Theme;

/**
 * The writer of the crash harness, run in a child JVM by {@link CrashHarnessTest} and killed
 * there with SIGKILL. It opens the catalogue through the program's own storage layer
 * ({@link H2Catalogue#open(Path, FileKey)}) and saves through the program's services, as the
 * window does: events of realistic size (10–60 attendance lines, organisers, themes, a source,
 * sometimes with a new organisation and person saved in the same transaction), updates and
 * deletes of earlier events, a new organisation or person now and then. It never stops by itself.
 *
 * <p>Arguments: the catalogue folder, a seed, and the file key in hex (or "-" for a plain
 * catalogue). Its standard output, one line a step, each flushed:
 * <pre>
 * OPEN
 * COMMITTED SEED
 * BEGIN INSERT event newOrganisation|- newPerson|-
 * COMMITTED INSERT event version lines hash
 * BEGIN UPDATE event          COMMITTED UPDATE event version lines hash
 * BEGIN DELETE event          COMMITTED DELETE event
 * BEGIN ORG organisation      COMMITTED ORG organisation hash
 * BEGIN PERSON person         COMMITTED PERSON person hash
 * </pre>
 * A COMMITTED line is printed only after the save returned, that is after its commit. The hash is
 * SHA-256 over the record as the save returned it (read back inside the transaction). An event's
 * summary says how many attendance lines, organisers, themes and sources it was written with
 * ({@link #SHAPE}), so a half-written event shows.
 */
public final class CrashWriter {

    static final int SEED_ORGANISATIONS = 40;
    static final int SEED_PEOPLE = 60;
    static final int SEED_THEMES = 12;
    static final String SEED_PREFIX = "Seed ";

    /** What an event's summary says of its shape. */
    static final Pattern SHAPE = Pattern.compile("lines=(\\d+) organisers=(\\d+) themes=(\\d+) sources=(\\d+)");

    private static final String[] COUNTRIES = {"UZ", "KZ", "KG", "TJ", "TM", "RU", "CN", "AF", "IN", "PK"};

    private final Catalogue catalogue;
    private final Random random;
    private final EventService events;
    private final OrganisationService organisationService;
    private final PersonService personService;
    private final List<UUID> organisations = new ArrayList<>();
    private final List<UUID> people = new ArrayList<>();
    private final List<UUID> themes = new ArrayList<>();
    private final List<UUID> eventIds = new ArrayList<>();
    private int counter;

    private CrashWriter(Catalogue catalogue, Random random) {
        this.catalogue = catalogue;
        this.random = random;
        this.events = new EventService(catalogue);
        this.organisationService = new OrganisationService(catalogue);
        this.personService = new PersonService(catalogue);
    }

    public static void main(String[] args) {
        Path folder = Path.of(args[0]);
        Random random = new Random(Long.parseLong(args[1]));
        FileKey key = "-".equals(args[2]) ? null : FileKey.of(HexFormat.of().parseHex(args[2]));
        try (H2Catalogue catalogue = key == null ? H2Catalogue.open(folder) : H2Catalogue.open(folder, key)) {
            say("OPEN");
            new CrashWriter(catalogue, random).run();
        }
    }

    private void run() {
        if (catalogue.organisations().count() == 0) {
            seed();
            say("COMMITTED SEED");
        }
        catalogue.organisations().findAll().forEach(o -> organisations.add(o.id()));
        catalogue.people().findAll().forEach(p -> people.add(p.id()));
        catalogue.themes().findAll().forEach(t -> themes.add(t.id()));
        catalogue.events().findAllSummaries("en").forEach(s -> eventIds.add(s.id()));
        while (true) {
            int roll = random.nextInt(100);
            if (roll < 60 || eventIds.size() < 5) {
                insertEvent();
            } else if (roll < 82) {
                updateEvent();
            } else if (roll < 94) {
                deleteEvent();
            } else if (roll < 97) {
                insertOrganisation();
            } else {
                insertPerson();
            }
        }
    }

    /** Countries, organisations, people and themes, in one transaction. */
    private void seed() {
        catalogue.transactions().inTransaction(() -> {
            List<Country> countries = new ArrayList<>();
            for (String code : COUNTRIES) {
                countries.add(new Country(code, "Country " + code, "Страна " + code, List.of()));
            }
            catalogue.countries().insertAll(countries);
            List<UUID> orgs = new ArrayList<>();
            for (int i = 0; i < SEED_ORGANISATIONS; i++) {
                orgs.add(catalogue.organisations().insert(new Organisation(RecordStamp.fresh(),
                        SEED_PREFIX + "organisation " + i, "Организация " + i, "SO" + i,
                        List.of("Other name " + i),
                        OrganisationKind.OTHER, country(), null, null)).id());
            }
            for (int i = 0; i < SEED_PEOPLE; i++) {
                catalogue.people().insert(new Person(RecordStamp.fresh(), SEED_PREFIX + "person " + i,
                        List.of("Сид " + i), "Mr", "Officer " + i, orgs.get(i % orgs.size()), country(), null));
            }
            for (int i = 0; i < SEED_THEMES; i++) {
                catalogue.themes().insert(new Theme(RecordStamp.fresh(), null, null, SEED_PREFIX + "theme " + i,
                        "Тема " + i, i));
            }
        });
    }

    private void insertEvent() {
        int n = ++counter;
        Organisation newOrganisation = random.nextInt(5) == 0
                ? organisation("Organisation named with event " + n) : null;
        Person newPerson = newOrganisation != null && random.nextBoolean()
                ? person("Person named with event " + n, newOrganisation.id()) : null;
        Event event = event(RecordStamp.fresh(), n, newOrganisation, newPerson);
        say("BEGIN INSERT " + event.id() + " " + (newOrganisation == null ? "-" : newOrganisation.id())
                + " " + (newPerson == null ? "-" : newPerson.id()));
        Event saved = events.save(event, newOrganisation == null ? List.of() : List.of(newOrganisation),
                newPerson == null ? List.of() : List.of(newPerson));
        say("COMMITTED INSERT " + saved.id() + " " + saved.stamp().version() + " " + saved.attendance().size()
                + " " + hash(saved));
        eventIds.add(saved.id());
        if (newOrganisation != null) {
            organisations.add(newOrganisation.id());
        }
        if (newPerson != null) {
            people.add(newPerson.id());
        }
    }

    private void updateEvent() {
        UUID id = eventIds.get(random.nextInt(eventIds.size()));
        Event stored = events.find(id).orElseThrow();
        Event changed = event(stored.stamp(), ++counter, null, null);
        say("BEGIN UPDATE " + id);
        Event saved = events.save(changed, List.of(), List.of());
        say("COMMITTED UPDATE " + saved.id() + " " + saved.stamp().version() + " " + saved.attendance().size()
                + " " + hash(saved));
    }

    private void deleteEvent() {
        UUID id = eventIds.remove(random.nextInt(eventIds.size()));
        int version = events.find(id).orElseThrow().stamp().version();
        say("BEGIN DELETE " + id);
        events.delete(id, version);
        say("COMMITTED DELETE " + id);
    }

    private void insertOrganisation() {
        Organisation organisation = organisation("Organisation " + ++counter);
        say("BEGIN ORG " + organisation.id());
        Organisation saved = organisationService.save(organisation);
        say("COMMITTED ORG " + saved.id() + " " + hash(saved));
        organisations.add(saved.id());
    }

    private void insertPerson() {
        Person person = person("Person " + ++counter, pick(organisations));
        say("BEGIN PERSON " + person.id());
        Person saved = personService.save(person);
        say("COMMITTED PERSON " + saved.id() + " " + hash(saved));
        people.add(saved.id());
    }

    private Organisation organisation(String name) {
        return new Organisation(RecordStamp.fresh(), name, null, null, List.of(), OrganisationKind.GOVERNMENT_BODY,
                country(), null, "Written by the crash harness");
    }

    private Person person(String name, UUID organisationId) {
        return new Person(RecordStamp.fresh(), name, List.of(), null, "Head of department", organisationId,
                country(), null);
    }

    /**
     * An event of realistic size, its summary saying its shape. Lines name a known organisation,
     * person or country; a new organisation and person, when given, attend as well.
     */
    private Event event(RecordStamp stamp, int n, Organisation newOrganisation, Person newPerson) {
        int lineCount = 10 + random.nextInt(51);
        List<Attendance> lines = new ArrayList<>();
        if (newOrganisation != null) {
            lines.add(line(newOrganisation.id(), newPerson == null ? null : newPerson.id(), null));
        }
        while (lines.size() < lineCount) {
            switch (random.nextInt(3)) {
                case 0 -> lines.add(line(pick(organisations), null, null));
                case 1 -> lines.add(line(pick(organisations), pick(people), null));
                default -> lines.add(line(null, null, country()));
            }
        }
        List<UUID> organisers = distinct(organisations, 1 + random.nextInt(3));
        List<UUID> eventThemes = distinct(themes, 1 + random.nextInt(3));
        List<Source> sources = new ArrayList<>();
        int sourceCount = 1 + random.nextInt(2);
        for (int i = 0; i < sourceCount; i++) {
            sources.add(new Source(UUID.randomUUID(), "https://example.org/press/" + n + "/" + i, "Press service",
                    LocalDate.of(2015 + random.nextInt(10), 1 + random.nextInt(12), 1 + random.nextInt(28)),
                    "Press release " + n + " " + "text ".repeat(20 + random.nextInt(200))));
        }
        LocalDate start = LocalDate.of(2010 + random.nextInt(15), 1 + random.nextInt(12), 1 + random.nextInt(28));
        String summary = "Written by the crash harness, step " + n + ": lines=" + lines.size() + " organisers="
                + organisers.size() + " themes=" + eventThemes.size() + " sources=" + sources.size() + ".";
        return new Event(stamp, EventKind.values()[random.nextInt(EventKind.values().length)],
                "Meeting " + n + " on regional cooperation", "Regional meetings", 1 + random.nextInt(20),
                "Together against threats", organisers, "City " + random.nextInt(100), country(), "Hall " + n,
                PartialDate.ofDay(start), PartialDate.ofDay(start.plusDays(random.nextInt(4))),
                summary, "Outcomes " + "agreed ".repeat(random.nextInt(100)), eventThemes, sources, lines);
    }

    private Attendance line(UUID organisationId, UUID personId, String countryCode) {
        return new Attendance(UUID.randomUUID(), organisationId, personId, null,
                Capacity.values()[random.nextInt(Capacity.values().length)],
                countryCode != null ? countryCode : random.nextBoolean() ? country() : null,
                random.nextInt(4) == 0
                        ? ParticipantRole.values()[random.nextInt(ParticipantRole.values().length)] : null,
                personId == null ? null : "Delegate", random.nextInt(10) == 0 ? AttendanceStatus.EXCUSED
                        : AttendanceStatus.ATTENDED, random.nextInt(5) == 0 ? "Noted" : null);
    }

    private String country() {
        return COUNTRIES[random.nextInt(COUNTRIES.length)];
    }

    private UUID pick(List<UUID> ids) {
        return ids.get(random.nextInt(ids.size()));
    }

    private List<UUID> distinct(List<UUID> ids, int count) {
        List<UUID> chosen = new ArrayList<>();
        while (chosen.size() < count) {
            UUID id = pick(ids);
            if (!chosen.contains(id)) {
                chosen.add(id);
            }
        }
        return chosen;
    }

    /** The shape an event's summary says it was written with, or null when it says none. */
    static int[] shape(String summary) {
        Matcher m = summary == null ? null : SHAPE.matcher(summary);
        if (m == null || !m.find()) {
            return null;
        }
        return new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)),
                Integer.parseInt(m.group(4))};
    }

    /** SHA-256 of the record's text (records print every component). */
    static String hash(Object record) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(record.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void say(String line) {
        System.out.println(line);
        System.out.flush();
    }
}
