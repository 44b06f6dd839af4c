package org.liaisonlog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.IntSummaryStatistics;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.liaisonlog.logic.catalogue.FirstStart;
import org.liaisonlog.logic.reference.ReferenceData;
import org.liaisonlog.model.event.Event;
import org.liaisonlog.model.event.EventSummary;
import org.liaisonlog.model.organisation.Organisation;
import org.liaisonlog.model.person.Person;
import org.liaisonlog.model.theme.Theme;
import org.liaisonlog.model.trip.Trip;
import org.liaisonlog.persistence.CheckedOpen;
import org.liaisonlog.persistence.H2Catalogue;

/**
 * {@code liaison-log generate …} run in-process as {@code main} runs it: a small synthetic
 * catalogue is written into a temporary folder, then opened as the program opens a catalogue
 * and looked at.
 */
class GenerateCommandTest {

    private static final int EVENTS = 300;

    @TempDir
    static Path temp;

    private static Path folder;
    private static String firstOutput;
    private static int firstStatus;
    /** Before any test opens the catalogue again (opening restricts the file too). */
    private static String permissionsAfterGenerate;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeAll
    static void generate() {
        folder = temp.resolve("synthetic");
        GenerateCommandTest run = new GenerateCommandTest();
        firstStatus = run.run("generate", "--events", String.valueOf(EVENTS), "--seed", "7",
                "--catalogue", folder.toString());
        firstOutput = run.out + run.err.toString();
        try {
            permissionsAfterGenerate = FileSystems.getDefault().supportedFileAttributeViews().contains("posix")
                    ? PosixFilePermissions.toString(Files.getPosixFilePermissions(folder.resolve("catalogue.mv.db")))
                    : null;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private int run(String... args) {
        var commandLine = Launcher.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }

    @Test
    void theCommandSucceedsAndPrintsItsProgress() {
        assertThat(firstStatus).as(firstOutput).isZero();
        assertThat(firstOutput).contains("events").contains("people").contains("Made 300 events");
    }

    @Test
    void theCompactedCatalogueFileIsItsOwnersOnly() {
        assumeTrue(permissionsAfterGenerate != null, "a POSIX file system");

        assertThat(permissionsAfterGenerate).isEqualTo("rw-------");
        assertThat(folder.toFile().list()).containsExactlyInAnyOrder("catalogue.mv.db", "catalogue.closed");
        // the length recorded is the compacted file's: the window's checked open finds it whole
        CheckedOpen.Result opened = CheckedOpen.open(folder);
        assertThat(opened).isInstanceOf(CheckedOpen.Opened.class);
        ((CheckedOpen.Opened) opened).catalogue().close();
    }

    @Test
    void theCatalogueHasTheAskedSizeOnTopOfTheReferenceData() {
        try (H2Catalogue catalogue = H2Catalogue.open(folder)) {
            assertThat(catalogue.events().count()).isEqualTo(EVENTS);
            assertThat(catalogue.people().count()).isEqualTo(150);
            assertThat(catalogue.organisations().count()).isEqualTo(200);
            assertThat(catalogue.themes().count()).isEqualTo(300);
            assertThat(catalogue.trips().count()).isEqualTo(10);
            assertThat(catalogue.countries().count()).isEqualTo(ReferenceData.countries().size());
            assertThat(ReferenceData.isLoaded(catalogue)).isTrue();
            assertThat(FirstStart.needsChoice(catalogue)).as("no first-start question on a generated catalogue")
                    .isFalse();
        }
    }

    @Test
    void aThirdOfThePeopleAreWrittenInCyrillicAndManyHaveSpellingsInBothScriptsAndSeveralTransliterations() {
        try (H2Catalogue catalogue = H2Catalogue.open(folder)) {
            List<Person> people = catalogue.people().findAll();

            assertThat(people.stream().filter(p -> cyrillic(p.name()))).hasSize(50);
            assertThat(people.stream().filter(p -> p.otherSpellings().size() >= 2).count())
                    .as("people with two or more other spellings").isGreaterThan(people.size() / 3);
            List<Person> bothScripts = people.stream()
                    .filter(p -> cyrillic(p.name()) || p.otherSpellings().stream().anyMatch(GenerateCommandTest::cyrillic))
                    .filter(p -> !cyrillic(p.name()) || p.otherSpellings().stream().anyMatch(s -> !cyrillic(s)))
                    .toList();
            assertThat(bothScripts).as("people written in both scripts").hasSizeGreaterThan(people.size() / 2);
            long latinVariants = people.stream()
                    .filter(p -> spellings(p).anyMatch(GenerateCommandTest::cyrillic)
                            && spellings(p).filter(s -> !cyrillic(s)).count() >= 2)
                    .count();
            assertThat(latinVariants).as("people with a Cyrillic spelling and two or more Latin ones")
                    .isGreaterThan(people.size() / 5);
            assertThat(people).allMatch(p -> p.countryCode() != null);
            assertThat(people.stream().filter(p -> p.position() != null).count()).isGreaterThan(people.size() / 2);
        }
    }

    @Test
    void organisationsHaveKindsCountriesAcronymsOtherNamesAndSomeParents() {
        try (H2Catalogue catalogue = H2Catalogue.open(folder)) {
            List<Organisation> organisations = catalogue.organisations().findAll();
            Set<UUID> ids = organisations.stream().map(Organisation::id).collect(Collectors.toSet());

            assertThat(organisations.stream().map(Organisation::name).distinct().count()).as("distinct names")
                    .isEqualTo(organisations.size());
            List<Organisation> children = organisations.stream().filter(o -> o.parentId() != null).toList();
            assertThat(children.size()).as("organisations with a parent").isGreaterThan(30);
            assertThat(children.stream().allMatch(o -> ids.contains(o.parentId()))).as("parents exist").isTrue();
            assertThat(organisations.stream().filter(o -> o.nameRu() != null).count()).as("Russian names")
                    .isGreaterThan(100);
            assertThat(organisations.stream().filter(o -> o.acronym() != null).count()).as("acronyms")
                    .isGreaterThan(organisations.size() / 3);
            assertThat(organisations.stream().filter(o -> !o.otherNames().isEmpty()).count()).as("other names")
                    .isGreaterThan(60);
            assertThat(organisations.stream().filter(o -> o.countryCode() != null).count()).as("with a country")
                    .isGreaterThan(100);
            assertThat(organisations.stream().map(Organisation::kind).distinct().count()).as("kinds")
                    .isGreaterThanOrEqualTo(5);
        }
    }

    @Test
    void themesFormATreeUnderTheShippedTaxonomy() {
        try (H2Catalogue catalogue = H2Catalogue.open(folder)) {
            List<Theme> themes = catalogue.themes().findAll();
            Map<UUID, Theme> byId = themes.stream().collect(Collectors.toMap(Theme::id, Function.identity()));

            assertThat(themes.stream().filter(t -> t.refKey() == null))
                    .hasSize(300 - ReferenceData.themes().size())
                    .allMatch(t -> t.parentId() != null && byId.containsKey(t.parentId()) && t.nameRu() != null);
        }
    }

    @Test
    void eventsSpanTwentyFiveYearsWithTwoToFortyAttendanceLinesEach() {
        try (H2Catalogue catalogue = H2Catalogue.open(folder)) {
            List<EventSummary> summaries = catalogue.events().findAllSummaries("en");
            IntSummaryStatistics years = summaries.stream().filter(s -> s.start() != null)
                    .mapToInt(s -> s.start().date().getYear()).summaryStatistics();
            assertThat(years.getMin()).isBetween(2000, 2002);
            assertThat(years.getMax()).isBetween(2023, 2024);
            assertThat(summaries.stream().filter(s -> cyrillic(s.title()))).isNotEmpty();

            List<Event> events = summaries.stream().map(s -> catalogue.events().findById(s.id()).orElseThrow()).toList();
            IntSummaryStatistics lines = events.stream().mapToInt(e -> e.attendance().size()).summaryStatistics();
            assertThat(lines.getMin()).isGreaterThanOrEqualTo(2);
            assertThat(lines.getMax()).isLessThanOrEqualTo(40);
            assertThat(lines.getAverage()).isBetween(7.0, 14.0);
            assertThat(events).allMatch(e -> !e.organiserIds().isEmpty() && !e.themeIds().isEmpty());
            assertThat(events.stream().flatMap(e -> e.attendance().stream()).filter(a -> a.personId() != null))
                    .hasSizeGreaterThan(EVENTS);
        }
    }

    @Test
    void tripsHaveTravellersLegsAndMostlyEventsAndReports() {
        try (H2Catalogue catalogue = H2Catalogue.open(folder)) {
            List<Trip> trips = catalogue.trips().findAll();

            assertThat(trips).hasSize(10).allMatch(t -> !t.travellerIds().isEmpty() && !t.legs().isEmpty()
                    && !t.purpose().isBlank());
            assertThat(trips).anyMatch(t -> !t.eventIds().isEmpty());
            assertThat(trips).anyMatch(t -> t.report() != null);
        }
    }

    @Test
    void theSameSeedGivesTheSameCatalogue() {
        Path again = temp.resolve("again");

        int status = run("generate", "--events", String.valueOf(EVENTS), "--seed", "7", "--catalogue", again.toString());

        assertThat(status).as(err.toString()).isZero();
        try (H2Catalogue first = H2Catalogue.open(folder); H2Catalogue second = H2Catalogue.open(again)) {
            assertThat(content(second)).isEqualTo(content(first));
        }
    }

    @Test
    void aSecondRunIntoTheSameFolderIsRefusedAndChangesNothing() {
        int status = run("generate", "--events", "10", "--catalogue", folder.toString());

        assertThat(status).isEqualTo(1);
        assertThat(err.toString().lines().toList()).hasSize(1);
        assertThat(err.toString()).startsWith("liaison-log: the catalogue in ").contains("already holds records");
        try (H2Catalogue catalogue = H2Catalogue.open(folder)) {
            assertThat(catalogue.events().count()).isEqualTo(EVENTS);
        }
    }

    @Test
    void aSizeOutOfRangeIsAUsageError() {
        int status = run("generate", "--events", "0", "--catalogue", temp.resolve("none").toString());

        assertThat(status).isEqualTo(2);
        assertThat(err.toString()).contains("--events must be between");
    }

    @Test
    void helpNamesTheOptions() {
        int status = run("generate", "--help");

        assertThat(status).isZero();
        assertThat(out.toString()).contains("--events").contains("--people").contains("--organisations")
                .contains("--years").contains("--seed").contains("--catalogue");
    }

    /** What a generated catalogue holds, apart from time stamps: ids and titles, people, trips. */
    private static List<String> content(H2Catalogue catalogue) {
        return java.util.stream.Stream.of(
                catalogue.events().findAllSummaries("en").stream()
                        .map(s -> s.id() + " " + s.title() + " " + s.start() + " " + s.participants()),
                catalogue.people().findAll().stream()
                        .map(p -> p.id() + " " + p.name() + " " + p.otherSpellings() + " " + p.organisationId()),
                catalogue.organisations().findAll().stream().map(o -> o.id() + " " + o.name()),
                catalogue.trips().findAll().stream().map(t -> t.id() + " " + t.purpose() + " " + t.legs()))
                .flatMap(Function.identity())
                .sorted(Comparator.naturalOrder())
                .toList();
    }

    private static java.util.stream.Stream<String> spellings(Person p) {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(p.name()), p.otherSpellings().stream());
    }

    private static boolean cyrillic(String text) {
        return text.chars().anyMatch(c -> Character.UnicodeBlock.of(c) == Character.UnicodeBlock.CYRILLIC);
    }
}
