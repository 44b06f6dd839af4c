package org.liaisonlog.logic.synthetic;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.liaisonlog.logic.catalogue.Catalogue;
import org.liaisonlog.logic.catalogue.CatalogueSettings;
import org.liaisonlog.logic.catalogue.FirstStart;
import org.liaisonlog.logic.reference.ReferenceData;
import org.liaisonlog.model.common.Country;
import org.liaisonlog.model.common.DatePrecision;
import org.liaisonlog.model.common.PartialDate;
import org.liaisonlog.model.event.Event;
import org.liaisonlog.model.organisation.Organisation;
import org.liaisonlog.model.organisation.OrganisationKind;
import org.liaisonlog.model.person.Person;
import org.liaisonlog.model.theme.Theme;
import org.liaisonlog.model.trip.Trip;

/**
 * Fills an empty catalogue with a made-up one of realistic shape on top of the shipped reference
 * data, for benchmarks and for trying the program at scale: themes under the shipped taxonomy,
 * organisations ({@link SyntheticOrganisations}), people in both scripts with several spellings
 * ({@link SyntheticPeople}), events with their attendance ({@link SyntheticEvents}) and trips
 * ({@link SyntheticTrips}). The same shape and seed give the same catalogue (apart from the time
 * stamps). Records go in through a {@link BulkWriter} in large batches, without change-history
 * entries: writing a million history rows would double the time and tell nothing.
 */
public final class SyntheticCatalogue {

    private static final int BATCH = 5_000;
    private static final int EVENT_BATCH = 2_000;
    private static final int REPORT_EVERY_EVENTS = 10_000;

    private final Catalogue catalogue;
    private final BulkWriter writer;
    private final SyntheticShape shape;
    private final Consumer<String> progress;
    private final Draw draw;
    private final long started = System.nanoTime();

    private SyntheticCatalogue(Catalogue catalogue, BulkWriter writer, SyntheticShape shape,
            Consumer<String> progress) {
        this.catalogue = catalogue;
        this.writer = writer;
        this.shape = shape;
        this.progress = progress;
        this.draw = new Draw(shape.seed());
    }

    /**
     * Fills the catalogue, which must hold no records of its own yet (the reference data is
     * loaded here if it is missing), telling {@code progress} what it is doing now and then.
     */
    public static SyntheticSummary fill(Catalogue catalogue, BulkWriter writer, SyntheticShape shape,
            Consumer<String> progress) {
        return new SyntheticCatalogue(catalogue, writer, shape, progress).fill();
    }

    /**
     * True when the catalogue holds no records of its own: no events, people or trips, and no
     * more organisations or themes than the shipped reference data brings. Only such a catalogue
     * may be filled.
     */
    public static boolean holdsNoRecords(Catalogue catalogue) {
        return catalogue.events().count() == 0 && catalogue.people().count() == 0 && catalogue.trips().count() == 0
                && catalogue.organisations().count() <= ReferenceData.organisations().size()
                && catalogue.themes().count() <= ReferenceData.themes().size();
    }

    /**
     * {@code count} more made-up people of the given organisations, made as a synthetic
     * catalogue's people are (for a benchmark that needs a crowd); not written anywhere.
     */
    public static List<Person> morePeople(long seed, int count, List<Organisation> organisations) {
        SyntheticPeople maker = new SyntheticPeople(new Draw(seed), organisations, bodiesByCountry(organisations));
        List<Person> people = new ArrayList<>(count);
        for (int n = 0; n < count; n++) {
            people.add(maker.person(n));
        }
        return people;
    }

    private SyntheticSummary fill() {
        if (!holdsNoRecords(catalogue)) {
            throw new IllegalStateException("A synthetic catalogue goes only into a catalogue without records");
        }
        FirstStart.prepare(catalogue);
        List<Country> countries = ReferenceData.countries();
        List<Theme> shippedThemes = ReferenceData.themes();
        List<Organisation> shippedOrganisations = ReferenceData.organisations();

        List<Theme> themes = new ArrayList<>(shippedThemes);
        List<Theme> newThemes = SyntheticThemes.make(draw, shippedThemes,
                Math.max(0, shape.themes() - shippedThemes.size()));
        writer.themes(newThemes);
        themes.addAll(newThemes);
        report("themes", themes.size(), themes.size());

        List<Organisation> organisations = new ArrayList<>(shippedOrganisations);
        List<Organisation> newOrganisations = new SyntheticOrganisations(draw, countries, shippedOrganisations)
                .make(Math.max(0, shape.organisations() - shippedOrganisations.size()));
        for (int from = 0; from < newOrganisations.size(); from += BATCH) {
            writer.organisations(newOrganisations.subList(from, Math.min(newOrganisations.size(), from + BATCH)));
        }
        organisations.addAll(newOrganisations);
        report("organisations", organisations.size(), organisations.size());

        List<Person> people = people(organisations);
        report("people", people.size(), people.size());

        SyntheticEvents events = new SyntheticEvents(draw, organisations, shippedThemes, themes, countries, people);
        List<SyntheticTrips.EventStop> stops = events(events);

        int trips = trips(new SyntheticTrips(draw, people, organisations, themes), stops);
        report("trips", trips, shape.trips());

        catalogue.settings().put(CatalogueSettings.FIRST_START_DONE, "synthetic");
        writer.finish();
        double seconds = seconds();
        progress.accept(String.format("done in %.1f s", seconds));
        int cyrillicPeople = (int) people.stream().filter(p -> isCyrillic(p.name())).count();
        int spelled = (int) people.stream().filter(p -> p.otherSpellings().size() >= 2).count();
        return new SyntheticSummary(shape.events(), events.attendance, events.organiserLinks, events.themeLinks,
                events.sources, people.size(), cyrillicPeople, spelled, organisations.size(), themes.size(), trips,
                events.cyrillicTitles, events.largest, events.largestLines, seconds);
    }

    private static Map<String, List<Organisation>> bodiesByCountry(List<Organisation> organisations) {
        Map<String, List<Organisation>> bodies = new HashMap<>();
        for (Organisation o : organisations) {
            if (o.kind() == OrganisationKind.GOVERNMENT_BODY && o.countryCode() != null) {
                bodies.computeIfAbsent(o.countryCode(), c -> new ArrayList<>()).add(o);
            }
        }
        return bodies;
    }

    private List<Person> people(List<Organisation> organisations) {
        SyntheticPeople maker = new SyntheticPeople(draw, organisations, bodiesByCountry(organisations));
        List<Person> people = new ArrayList<>(shape.people());
        for (int from = 0; from < shape.people(); from += BATCH) {
            List<Person> batch = new ArrayList<>(BATCH);
            for (int n = from; n < Math.min(shape.people(), from + BATCH); n++) {
                batch.add(maker.person(n));
            }
            writer.people(batch);
            people.addAll(batch);
        }
        return people;
    }

    /** Writes the events, oldest first, and returns those a trip can go to (a known day and city). */
    private List<SyntheticTrips.EventStop> events(SyntheticEvents events) {
        List<PartialDate> starts = events.starts(shape.events(), shape.years());
        List<SyntheticTrips.EventStop> stops = new ArrayList<>();
        for (int from = 0; from < starts.size(); from += EVENT_BATCH) {
            List<Event> batch = new ArrayList<>(EVENT_BATCH);
            for (PartialDate start : starts.subList(from, Math.min(starts.size(), from + EVENT_BATCH))) {
                Event event = events.event(start);
                batch.add(event);
                if (start != null && start.precision() == DatePrecision.DAY && event.city() != null) {
                    stops.add(new SyntheticTrips.EventStop(event.id(), event.title(), event.city(),
                            event.countryCode(), start.date(), event.end() == null ? null : event.end().date()));
                }
            }
            writer.events(batch);
            int done = from + batch.size();
            if (done % REPORT_EVERY_EVENTS < EVENT_BATCH || done == starts.size()) {
                report("events", done, starts.size());
            }
        }
        return stops;
    }

    /** Three in four trips go to an event, some on to a second one within the next two weeks. */
    private int trips(SyntheticTrips maker, List<SyntheticTrips.EventStop> stops) {
        List<Trip> batch = new ArrayList<>();
        for (int i = 0; i < shape.trips(); i++) {
            List<SyntheticTrips.EventStop> chosen = new ArrayList<>(2);
            if (!stops.isEmpty() && draw.chance(0.75)) {
                int at = draw.nextInt(stops.size());
                SyntheticTrips.EventStop first = stops.get(at);
                chosen.add(first);
                int next = at + 1 + draw.nextInt(5);
                if (draw.chance(0.2) && next < stops.size()) {
                    SyntheticTrips.EventStop second = stops.get(next);
                    if (!second.from().isAfter(first.from().plusDays(14))) {
                        chosen.add(second);
                    }
                }
            }
            batch.add(maker.trip(chosen));
            if (batch.size() == BATCH) {
                writer.trips(batch);
                batch = new ArrayList<>();
            }
        }
        writer.trips(batch);
        return shape.trips();
    }

    private void report(String what, int done, int total) {
        progress.accept(String.format("%-14s %,9d of %,9d  (%.1f s)", what, done, total, seconds()));
    }

    private double seconds() {
        return (System.nanoTime() - started) / 1e9;
    }

    private static boolean isCyrillic(String text) {
        return text.chars().anyMatch(c -> Character.UnicodeBlock.of(c) == Character.UnicodeBlock.CYRILLIC);
    }
}
