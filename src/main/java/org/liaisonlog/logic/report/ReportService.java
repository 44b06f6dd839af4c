package org.liaisonlog.logic.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import org.liaisonlog.logic.catalogue.Catalogue;
import org.liaisonlog.logic.catalogue.CatalogueException;
import org.liaisonlog.model.event.Event;
import org.liaisonlog.model.trip.Trip;

/**
 * Builds the reports of a catalogue as {@link ReportDocument}s, in English or Russian, and finds
 * the events and trips they can be made of. Each report reads what it needs in a few queries;
 * the period summary reads set-based, whatever the number of events.
 *
 * <ul>
 *   <li>{@link #attendance}: the list of participants; what it counts is said in {@link AttendanceReport}.</li>
 *   <li>{@link #signIn}: a sign-in sheet, see {@link SignInSheet}.</li>
 *   <li>{@link #trip}: the mission report of a trip, see {@link TripReport}.</li>
 *   <li>{@link #summary}: trips and events of a date range, see {@link PeriodSummary}.</li>
 * </ul>
 */
public final class ReportService {

    /** The message key of the failure when the event asked for is not in the catalogue. */
    public static final String EVENT_NOT_FOUND = "error.eventNotFound";
    /** The message key of the failure when the trip asked for is not in the catalogue. */
    public static final String TRIP_NOT_FOUND = "error.tripNotFound";

    private final Catalogue catalogue;

    public ReportService(Catalogue catalogue) {
        this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
    }

    /**
     * The list of participants of an event.
     *
     * @throws CatalogueException with key {@value #EVENT_NOT_FOUND} when there is no such event
     */
    public ReportDocument attendance(UUID eventId, AttendanceOptions options) {
        Objects.requireNonNull(options, "options");
        Event event = event(eventId);
        Context c = new Context(options.language());
        return new AttendanceReport(c.texts, c.names, c.events).build(event, options);
    }

    /**
     * A sign-in sheet for an event.
     *
     * @throws CatalogueException with key {@value #EVENT_NOT_FOUND} when there is no such event
     */
    public ReportDocument signIn(UUID eventId, SignInOptions options) {
        Objects.requireNonNull(options, "options");
        Event event = event(eventId);
        Context c = new Context(options.language());
        return new SignInSheet(c.texts, c.names, c.events).build(event, options);
    }

    /**
     * The mission report of a trip.
     *
     * @throws CatalogueException with key {@value #TRIP_NOT_FOUND} when there is no such trip
     */
    public ReportDocument trip(UUID tripId, Locale language) {
        Trip trip = catalogue.trips().findById(Objects.requireNonNull(tripId, "tripId"))
                .orElseThrow(() -> new CatalogueException(TRIP_NOT_FOUND, "There is no such trip in the catalogue"));
        Context c = new Context(language);
        return new TripReport(catalogue, c.texts, c.dates, c.names, c.events).build(trip);
    }

    /**
     * Trips and events from {@code from} to {@code to}, both days included.
     *
     * @throws IllegalArgumentException when {@code to} is before {@code from}
     */
    public ReportDocument summary(LocalDate from, LocalDate to, Locale language) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("The period ends before it starts");
        }
        return catalogue.transactions().inTransaction(() -> {
            Context c = new Context(language);
            return new PeriodSummary(c.texts, c.dates, c.names).build(from, to,
                    catalogue.events().findInPeriod(from, to), catalogue.trips().findInPeriod(from, to));
        });
    }

    /**
     * The events a command line names: an exact id gives that event; otherwise every event whose
     * title or series contains all the words (ignoring case and accents), newest first. Each is
     * labelled "title — dates, city" in English. Empty when none matches.
     */
    public List<ReportTarget> findEvents(String idOrWords) {
        return findEvents(idOrWords, Locale.ENGLISH);
    }

    /** As {@link #findEvents(String)}, labelled in this language (dates, country names). */
    public List<ReportTarget> findEvents(String idOrWords, Locale language) {
        return new ReportTargets(catalogue, language).events(idOrWords);
    }

    /**
     * The trips a command line names: an exact id gives that trip; otherwise every trip whose
     * purpose, travellers (any spelling) or destinations contain all the words, latest first.
     * Each is labelled "travellers: purpose — dates, cities" in English.
     */
    public List<ReportTarget> findTrips(String idOrWords) {
        return findTrips(idOrWords, Locale.ENGLISH);
    }

    /** As {@link #findTrips(String)}, labelled in this language (dates). */
    public List<ReportTarget> findTrips(String idOrWords, Locale language) {
        return new ReportTargets(catalogue, language).trips(idOrWords);
    }

    private Event event(UUID eventId) {
        return catalogue.events().findById(Objects.requireNonNull(eventId, "eventId"))
                .orElseThrow(() -> new CatalogueException(EVENT_NOT_FOUND, "There is no such event in the catalogue"));
    }

    /** The texts, dates and names of one report in its language. */
    private final class Context {
        final ReportTexts texts;
        final ReportDates dates;
        final ReportNames names;
        final EventTexts events;

        Context(Locale language) {
            texts = ReportTexts.of(language);
            dates = new ReportDates(texts);
            names = new ReportNames(catalogue, texts);
            events = new EventTexts(texts, dates, names);
        }
    }
}
