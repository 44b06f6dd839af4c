package org.liaisonlog;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.liaisonlog.logic.backup.BackupService;
import org.liaisonlog.logic.catalogue.Catalogue;
import org.liaisonlog.logic.catalogue.CatalogueException;
import org.liaisonlog.logic.catalogue.FirstStart;
import org.liaisonlog.logic.event.EventService;
import org.liaisonlog.logic.organisation.OrganisationService;
import org.liaisonlog.logic.person.PersonService;
import org.liaisonlog.logic.report.AttendanceOptions;
import org.liaisonlog.logic.report.PaperSize;
import org.liaisonlog.logic.report.ReportDocument;
import org.liaisonlog.logic.report.ReportService;
import org.liaisonlog.logic.report.pdf.PdfReportWriter;
import org.liaisonlog.logic.search.CatalogueSearch;
import org.liaisonlog.logic.search.SearchRequest;
import org.liaisonlog.logic.settings.SavedSearch;
import org.liaisonlog.logic.settings.SavedSearches;
import org.liaisonlog.logic.settings.SettingsFile;
import org.liaisonlog.logic.settings.UserSettings;
import org.liaisonlog.logic.trip.TripService;
import org.liaisonlog.logic.util.Failures;
import org.liaisonlog.model.attendance.Attendance;
import org.liaisonlog.model.attendance.AttendanceStatus;
import org.liaisonlog.model.attendance.Capacity;
import org.liaisonlog.model.common.PartialDate;
import org.liaisonlog.model.common.RecordStamp;
import org.liaisonlog.model.event.Event;
import org.liaisonlog.model.event.EventKind;
import org.liaisonlog.model.organisation.Organisation;
import org.liaisonlog.model.organisation.OrganisationKind;
import org.liaisonlog.model.person.Person;
import org.liaisonlog.model.trip.Trip;
import org.liaisonlog.model.trip.TripLeg;
import org.liaisonlog.model.trip.TripStatus;
import org.liaisonlog.persistence.CrashDisk;
import org.liaisonlog.persistence.CrashStorage;
import org.liaisonlog.persistence.H2Backups;
import org.liaisonlog.persistence.H2Catalogue;
import org.liaisonlog.persistence.KeyDerivation;
import org.liaisonlog.persistence.KeyFile;

/**
 * The leak scan's child process ({@link LeakScanTest}): with its own temp folder and home, it
 * seeds the 200 names into a new encrypted catalogue through the program's services and uses
 * the program on them: search, reports written to temporary PDFs and deleted, saved search,
 * settings, a backup, a save that breaks a column's length, a save on a full disk, and the
 * window shown and locked ({@link LeakLockStep}). It prints numbers only, never a name.
 *
 * <p>Arguments: catalogue folder, backup folder, seed, password.
 */
public final class LeakScenario {

    private final Path folder;
    private final Path backups;
    private final List<String> n;
    private final String password;

    private LeakScenario(Path folder, Path backups, List<String> names, String password) {
        this.folder = folder;
        this.backups = backups;
        this.n = names;
        this.password = password;
    }

    public static void main(String[] args) {
        Thread.setDefaultUncaughtExceptionHandler(Failures::printUncaught);
        try {
            new LeakScenario(Path.of(args[0]), Path.of(args[1]), LeakNames.generate(Long.parseLong(args[2])), args[3])
                    .run();
            System.out.println("SCENARIO DONE");
            System.exit(0);
        } catch (Throwable e) {
            Failures.printUncaught(Thread.currentThread(), e);
            System.exit(1);
        }
    }

    private void run() throws Exception {
        List<UUID> events;
        try (H2Catalogue catalogue = H2Catalogue.open(folder, password.toCharArray(),
                new KeyDerivation.Parameters(1024, 1, 1))) {
            FirstStart.prepare(catalogue);
            FirstStart.startEmpty(catalogue);
            events = seed(catalogue);
            search(catalogue);
            reports(catalogue, events);
            BackupService backup = new BackupService(catalogue, new H2Backups(catalogue, Clock.systemUTC()),
                    Clock.systemUTC());
            backup.settings().setFolder(backups);
            backup.backUpNow();
            System.out.println("BACKUPS " + backup.list().size());
            failedSave(catalogue);
        }
        new SettingsFile(folder).save(UserSettings.defaults().withLanguage("ru"));
        diskFull();
        LeakLockStep.showAndLock(folder, password);
    }

    /**
     * Latin names 0–99 and Cyrillic 100–199, each block alike: people 0–29, organisations 30–49,
     * event titles 50–59, cities 60–69, venues 70–79, summaries 80–89, trip purposes 90–99.
     */
    private List<UUID> seed(Catalogue catalogue) {
        OrganisationService organisations = new OrganisationService(catalogue);
        PersonService people = new PersonService(catalogue);
        EventService eventService = new EventService(catalogue);
        TripService trips = new TripService(catalogue);
        List<UUID> eventIds = new ArrayList<>();
        int saves = 0;
        for (int base : new int[] {0, 100}) {
            boolean latin = base == 0;
            List<UUID> orgs = new ArrayList<>();
            for (int i = 30; i < 50; i++) {
                orgs.add(organisations.save(new Organisation(RecordStamp.fresh(),
                        (latin ? "Bureau " : "Управление ") + n.get(base + i), latin ? null : "Управление " + n.get(base + i),
                        null, List.of(), OrganisationKind.OTHER, "UZ", null, "Notes on " + n.get(base + i))).id());
                saves++;
            }
            List<UUID> persons = new ArrayList<>();
            for (int i = 0; i < 30; i++) {
                persons.add(people.save(new Person(RecordStamp.fresh(), (latin ? "Anna " : "Анна ") + n.get(base + i),
                        List.of(), null, "Officer", orgs.get(i % orgs.size()), "UZ", null)).id());
                saves++;
            }
            for (int j = 0; j < 10; j++) {
                List<Attendance> lines = new ArrayList<>();
                for (int k = 0; k < 3; k++) {
                    lines.add(new Attendance(UUID.randomUUID(), orgs.get((2 * j + k) % orgs.size()),
                            persons.get(3 * j + k), null, Capacity.MEMBER_STATE, "UZ", null, "Delegate",
                            AttendanceStatus.ATTENDED, null));
                }
                LocalDate start = LocalDate.of(2025, 1 + j, 10);
                Event event = new Event(RecordStamp.fresh(), EventKind.MEETING,
                        (latin ? "Meeting " : "Встреча ") + n.get(base + 50 + j), null, null, null,
                        List.of(orgs.get(j)), n.get(base + 60 + j), "UZ", "Hall " + n.get(base + 70 + j),
                        PartialDate.ofDay(start), PartialDate.ofDay(start.plusDays(1)),
                        "Summary: " + n.get(base + 80 + j), null, List.of(), List.of(), lines);
                UUID id = eventService.save(event, List.of(), List.of()).id();
                eventIds.add(id);
                saves++;
                trips.save(new Trip(RecordStamp.fresh(), List.of(persons.get(3 * j)),
                        "Purpose: " + n.get(base + 90 + j),
                        List.of(new TripLeg(UUID.randomUUID(), n.get(base + 60 + j), "UZ", start, start.plusDays(2))),
                        List.of(id), TripStatus.DONE, "Report on " + n.get(base + 90 + j), null), List.of());
                saves++;
            }
        }
        System.out.println("SAVED " + saves);
        return eventIds;
    }

    /** The search index built from the catalogue (in memory), then every name searched for. */
    private void search(Catalogue catalogue) throws InterruptedException {
        int found = 0;
        try (CatalogueSearch search = new CatalogueSearch(catalogue)) {
            search.startBuilding();
            if (!search.awaitReady(Duration.ofMinutes(2))) {
                throw new IllegalStateException("the search index was not built in time");
            }
            for (String name : n) {
                if (!search.search(SearchRequest.of(name)).isEmpty()) {
                    found++;
                }
            }
        }
        new SavedSearches(catalogue).save(new SavedSearch("Saved " + n.get(0), n.get(1), null, null, Map.of()));
        System.out.println("SEARCH FOUND " + found);
    }

    /** Each kind of report as a PDF in a temporary file (as "Save as PDF" and printing make), then deleted. */
    private void reports(Catalogue catalogue, List<UUID> events) throws Exception {
        ReportService reports = new ReportService(catalogue);
        List<ReportDocument> documents = new ArrayList<>();
        documents.add(reports.attendance(events.get(0), AttendanceOptions.standard(Locale.ENGLISH)));
        documents.add(reports.attendance(events.get(10), AttendanceOptions.standard(Locale.forLanguageTag("ru"))));
        documents.add(reports.summary(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), Locale.ENGLISH));
        catalogue.trips().findInPeriod(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31)).stream().limit(2)
                .forEach(trip -> documents.add(reports.trip(trip.id(), Locale.ENGLISH)));
        long bytes = 0;
        for (ReportDocument document : documents) {
            Path pdf = Files.createTempFile("liaison-report", ".pdf");
            try (OutputStream out = Files.newOutputStream(pdf)) {
                new PdfReportWriter().write(document, PaperSize.A4, out);
            }
            bytes += Files.size(pdf);
            Files.delete(pdf);
        }
        System.out.println("REPORTS " + documents.size() + " " + bytes);
    }

    /** A save H2 refuses quoting the value (a city far too long): our message, printed as the program prints failures. */
    private void failedSave(Catalogue catalogue) {
        Event event = new Event(RecordStamp.fresh(), EventKind.MEETING, "Meeting " + n.get(2), null, null, null,
                List.of(), n.get(3).repeat(40), null, null, PartialDate.ofYear(2024), null, null, null, List.of(),
                List.of(), List.of());
        try {
            new EventService(catalogue).save(event, List.of(), List.of());
            throw new IllegalStateException("the save of a too long value did not fail");
        } catch (CatalogueException e) {
            System.err.println("failed save: " + e.getMessage() + " " + Failures.describe(e));
            Failures.printUncaught(Thread.currentThread(), e);
        }
    }

    /** The catalogue on a disk that refuses every write: the save fails, nothing of it is written. */
    private void diskFull() {
        CrashDisk.install();
        try (Catalogue catalogue = CrashStorage.open(folder, KeyFile.readFrom(folder).unlock(password.toCharArray()))) {
            CrashDisk.fail(CrashDisk.Fault.FULL);
            try {
                new PersonService(catalogue).save(new Person(RecordStamp.fresh(), "Anna " + n.get(4) + " " + n.get(5),
                        List.of(), null, "Officer", null, "UZ", null));
                throw new IllegalStateException("the save on a full disk did not fail");
            } catch (CatalogueException e) {
                System.err.println("disk full: " + e.getMessage() + " " + Failures.describe(e));
                Failures.printUncaught(Thread.currentThread(), e);
            }
            CrashDisk.fail(CrashDisk.Fault.NONE);
        } finally {
            CrashDisk.uninstall();
        }
        System.out.println("DISK FULL REFUSED " + CrashDisk.FAILED_WRITES.get());
    }
}
