package org.liaisonlog.logic.example;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.liaisonlog.logic.catalogue.Catalogue;
import org.liaisonlog.logic.catalogue.CatalogueSettings;
import org.liaisonlog.logic.catalogue.CountryIndex;
import org.liaisonlog.logic.catalogue.FirstStart;
import org.liaisonlog.logic.catalogue.Names;
import org.liaisonlog.logic.reference.ReferenceData;
import org.liaisonlog.model.attendance.Attendance;
import org.liaisonlog.model.attendance.AttendanceStatus;
import org.liaisonlog.model.attendance.Capacity;
import org.liaisonlog.model.common.DatePrecision;
import org.liaisonlog.model.common.PartialDate;
import org.liaisonlog.model.event.Event;
import org.liaisonlog.model.event.EventKind;
import org.liaisonlog.model.event.EventSummary;
import org.liaisonlog.model.event.Source;
import org.liaisonlog.model.organisation.Organisation;
import org.liaisonlog.model.person.Person;
import org.liaisonlog.model.theme.Theme;
import org.liaisonlog.model.trip.Trip;
import org.liaisonlog.model.trip.TripLeg;
import org.liaisonlog.model.trip.TripStatus;
import org.liaisonlog.persistence.H2Catalogue;

/**
 * The example catalogue, loaded into a real catalogue, holds everything a careful reader takes
 * from the seed document ({@code /seed/rats-sco-conference-tashkent-2018.expected.json}, a copy of
 * {@code shared/seed}).
 */
class ExampleCatalogueTest {

    private static final String EXPECTED = "/seed/rats-sco-conference-tashkent-2018.expected.json";
    private static final String SEED_TEXT = "/seed/rats-sco-conference-tashkent-2018.txt";

    /** The seed's attendance groups and the capacities they are recorded in. */
    private static final Map<String, List<Capacity>> GROUPS = Map.of(
            "member state", List.of(Capacity.MEMBER_STATE),
            "secretariat", List.of(Capacity.SECRETARIAT),
            "UN entity", List.of(Capacity.UN_ENTITY),
            "regional structure", List.of(Capacity.REGIONAL_STRUCTURE),
            "other organisation", List.of(Capacity.OTHER_ORGANISATION),
            "observers and dialogue partners", List.of(Capacity.OBSERVER, Capacity.DIALOGUE_PARTNER));

    /** The seed's themes (its own words) and the taxonomy entries they are tagged with. */
    private static final Map<String, List<String>> THEMES = Map.of(
            "current state, dynamics and trends in countering international terrorism and extremism",
            List.of("terrorism.trends"),
            "new challenges and threats: security situation in the Middle East and Afghanistan",
            List.of("security.middle-east", "security.afghanistan"),
            "countering the use of the Internet for terrorist and extremist purposes", List.of("terrorism.internet"),
            "preventing the spread of terrorist and extremist ideology", List.of("terrorism.ideology"),
            "timely exchange of information", List.of("information.timely"),
            "search for terrorists", List.of("terrorism.search"),
            "strengthening of border controls", List.of("border.strengthening"),
            "training of personnel for anti-terrorist units", List.of("training.anti-terrorist-units"),
            "anti-terrorism exercises", List.of("exercises.anti-terrorism"),
            "international legal framework for anti-terrorism cooperation", List.of("legal.international"));

    @TempDir
    static Path temp;

    private static Catalogue catalogue;
    private static JsonNode expected;
    private static CountryIndex countries;
    private static List<Organisation> organisations;
    private static Event event;

    @BeforeAll
    static void loadTheExample() throws IOException {
        try (InputStream in = resource(EXPECTED)) {
            expected = new ObjectMapper().readTree(in);
        }
        assertTheCopyIsCurrent(EXPECTED);
        assertTheCopyIsCurrent(SEED_TEXT);
        catalogue = H2Catalogue.open(temp.resolve("catalogue"));
        ReferenceData.loadInto(catalogue);
        ExampleCatalogue.loadInto(catalogue);
        countries = new CountryIndex(catalogue.countries().findAll());
        organisations = catalogue.organisations().findAll();
        List<EventSummary> summaries = catalogue.events().findAllSummaries();
        assertThat(summaries).as("events in the example").hasSize(1);
        event = catalogue.events().findById(summaries.get(0).id()).orElseThrow();
    }

    @AfterAll
    static void close() {
        if (catalogue != null) {
            catalogue.close();
        }
    }

    // ---- the event ----

    @Test
    void theEventIsTheSixthRatsScoConference() {
        JsonNode e = expected.get("event");

        assertThat(event.kind()).isEqualTo(EventKind.valueOf(e.get("kind").asText().toUpperCase(Locale.ROOT)))
                .isEqualTo(EventKind.CONFERENCE);
        assertThat(event.series()).isEqualTo(e.get("series").asText());
        assertThat(event.edition()).isEqualTo(e.get("edition").asInt()).isEqualTo(6);
        assertThat(event.motto()).isEqualTo(e.get("motto").asText())
                .isEqualTo("Combating Terrorism – Cooperation without Borders");
        assertThat(event.title()).contains("Sixth").contains("RATS SCO");
    }

    @Test
    void theEventWasOrganisedByRatsSco() {
        List<UUID> organisers = new ArrayList<>();
        for (JsonNode name : expected.get("event").get("organisers")) {
            organisers.add(organisation(name.asText()).id());
        }

        assertThat(event.organiserIds()).containsExactlyElementsOf(organisers)
                .containsExactly(ReferenceData.keyId("organisation", "rats-sco"));
    }

    @Test
    void theEventTookPlaceInTashkentOnTheDaysTheSourceGives() {
        JsonNode e = expected.get("event");

        assertThat(event.city()).isEqualTo(e.get("city").asText()).isEqualTo("Tashkent");
        assertThat(event.countryCode()).isEqualTo(countryCode(e.get("country").asText())).isEqualTo("UZ");
        assertThat(event.start()).isEqualTo(new PartialDate(LocalDate.parse(e.get("start_date").asText()), DatePrecision.DAY))
                .isEqualTo(PartialDate.ofDay(LocalDate.of(2018, 10, 31)));
        assertThat(event.end()).isEqualTo(new PartialDate(LocalDate.parse(e.get("end_date").asText()), DatePrecision.DAY))
                .isEqualTo(PartialDate.ofDay(LocalDate.of(2018, 11, 1)));
    }

    @Test
    void theSourceIsTheCariccTextWordForWord() throws IOException {
        JsonNode s = expected.get("source");
        String seedText;
        try (InputStream in = resource(SEED_TEXT)) {
            seedText = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }

        assertThat(event.sources()).hasSize(1);
        Source source = event.sources().get(0);
        assertThat(source.publisher()).isEqualTo(s.get("publisher").asText()).isEqualTo("CARICC");
        assertThat(source.url()).isEqualTo(s.get("url").asText()).isEqualTo("http://www.caricc.org");
        assertThat(source.text()).isNotNull();
        assertThat(source.text().strip()).isEqualTo(seedText.strip());
    }

    // ---- the trip ----

    @Test
    void theCariccDirectorTravelledToTheConference() {
        JsonNode t = expected.get("trip");
        JsonNode traveller = t.get("traveller");

        List<Trip> trips = catalogue.trips().findAll();
        assertThat(trips).hasSize(1);
        Trip trip = trips.get(0);
        assertThat(trip.travellerIds()).hasSize(1);
        Person person = catalogue.people().findById(trip.travellerIds().get(0)).orElseThrow();
        assertThat(person.name()).isEqualTo(traveller.get("name").asText()).isEqualTo("Grigory Pustovitov");
        assertThat(person.honorific()).isEqualTo(traveller.get("honorific").asText()).isEqualTo("Mr");
        assertThat(person.position()).isEqualTo(traveller.get("position").asText()).isEqualTo("Director");
        assertThat(person.organisationId()).as("the traveller's organisation")
                .isEqualTo(organisation(traveller.get("organisation").asText()).id())
                .isEqualTo(organisation("CARICC").id());

        assertThat(trip.legs()).hasSize(1);
        TripLeg leg = trip.legs().get(0);
        assertThat(leg.city()).isEqualTo(t.get("destination").get("city").asText()).isEqualTo("Tashkent");
        assertThat(leg.countryCode()).isEqualTo(countryCode(t.get("destination").get("country").asText())).isEqualTo("UZ");
        assertThat(leg.from()).isEqualTo(LocalDate.parse(t.get("from").asText())).isEqualTo(LocalDate.of(2018, 10, 31));
        assertThat(leg.to()).isEqualTo(LocalDate.parse(t.get("to").asText())).isEqualTo(LocalDate.of(2018, 11, 1));
        assertThat(trip.status()).isEqualTo(TripStatus.DONE);
        assertThat(trip.eventIds()).containsExactly(event.id());
        assertThat(trip.purpose()).containsIgnoringCase(t.get("purpose").asText());
    }

    // ---- attendance ----

    @Test
    void everyParticipantTheSourceNamesIsInTheAttendance() {
        List<Attendance> rows = event.attendance();
        Set<UUID> matched = new HashSet<>();
        SoftAssertions softly = new SoftAssertions();

        for (JsonNode entry : expected.get("attendance")) {
            String group = entry.get("group").asText();
            String body = entry.get("body").asText();
            List<Capacity> capacities = GROUPS.get(group);
            if (capacities == null) {
                softly.fail("The seed names a group this test does not know: " + group + " (body " + body + ")");
                continue;
            }
            if (group.equals("member state")) {
                matchMemberState(softly, rows, matched, entry);
                continue;
            }
            if (capacities.size() > 1) {
                for (Capacity capacity : capacities) {
                    Optional<Attendance> row = rows.stream().filter(a -> a.capacity() == capacity).findFirst();
                    softly.assertThat(row).as("an attendance row in capacity %s for \"%s\"", capacity, body).isPresent();
                    row.ifPresent(a -> matched.add(a.id()));
                }
                continue;
            }
            Optional<Organisation> organisation = findOrganisation(body);
            if (organisation.isEmpty()) {
                softly.fail("No stored organisation matches the body \"" + body + "\" (group " + group + ")");
                continue;
            }
            Capacity capacity = capacities.get(0);
            Optional<Attendance> row = rows.stream()
                    .filter(a -> organisation.get().id().equals(a.organisationId()) && a.capacity() == capacity)
                    .findFirst();
            softly.assertThat(row).as("an attendance row for \"%s\" in capacity %s", body, capacity).isPresent();
            if (row.isEmpty()) {
                continue;
            }
            Attendance a = row.get();
            matched.add(a.id());
            if (entry.has("person")) {
                String name = entry.get("person").asText();
                softly.assertThat(a.personId()).as("the person on the row of \"%s\"", body).isNotNull();
                if (a.personId() != null) {
                    softly.assertThat(catalogue.people().findById(a.personId()).map(Person::name))
                            .as("the person on the row of \"%s\"", body).contains(name);
                }
            }
            if (entry.has("title")) {
                softly.assertThat(a.title()).as("the title on the row of \"%s\"", body).isEqualTo(entry.get("title").asText());
            }
            if (entry.has("country")) {
                softly.assertThat(a.countryCode()).as("the country on the row of \"%s\"", body)
                        .isEqualTo(countryCode(entry.get("country").asText()));
            }
        }
        softly.assertThat(rows.stream().filter(a -> !matched.contains(a.id())).toList())
                .as("attendance rows the seed does not give").isEmpty();
        softly.assertThat(rows).as("everyone named attended").allMatch(a -> a.status() == AttendanceStatus.ATTENDED);
        softly.assertAll();
    }

    private static void matchMemberState(SoftAssertions softly, List<Attendance> rows, Set<UUID> matched,
                                         JsonNode entry) {
        String body = entry.get("body").asText();
        String countryName = entry.get("country").asText();
        Optional<String> code = countries.find(countryName).map(c -> c.code());
        softly.assertThat(code).as("the country \"%s\" of \"%s\" is known to the catalogue", countryName, body)
                .isPresent();
        if (code.isEmpty()) {
            return;
        }
        Optional<Attendance> row = rows.stream()
                .filter(a -> a.capacity() == Capacity.MEMBER_STATE && code.get().equals(a.countryCode()))
                .findFirst();
        softly.assertThat(row).as("a member-state row for %s (\"%s\")", code.get(), body).isPresent();
        row.ifPresent(a -> {
            matched.add(a.id());
            softly.assertThat(Names.key(a.description())).as("the description of the row for %s", code.get())
                    .isEqualTo(Names.key(body));
        });
    }

    @Test
    void theSeedsCountriesResolve() {
        assertThat(countries.find("Russian Federation")).map(c -> c.code()).contains("RU");
        assertThat(countries.find("Kyrgyzstan")).map(c -> c.code()).contains("KG");
        assertThat(countries.find("People's Republic of China")).map(c -> c.code()).contains("CN");
    }

    @Test
    void theCariccRowCarriesItsDirector() {
        UUID caricc = organisation("CARICC").id();
        Attendance row = event.attendance().stream().filter(a -> caricc.equals(a.organisationId())).findFirst()
                .orElseThrow(() -> new AssertionError("No attendance row for CARICC"));

        assertThat(row.personId()).isNotNull();
        assertThat(catalogue.people().findById(row.personId())).map(Person::name).contains("Grigory Pustovitov");
        assertThat(row.title()).isEqualTo("Director");
        assertThat(row.capacity()).isEqualTo(Capacity.OTHER_ORGANISATION);
    }

    @Test
    void theInstituteRowCarriesUzbekistan() {
        UUID institute = organisation(
                "Institute for Strategic and Regional Studies under the President of the Republic of Uzbekistan").id();
        Attendance row = event.attendance().stream().filter(a -> institute.equals(a.organisationId())).findFirst()
                .orElseThrow(() -> new AssertionError("No attendance row for the Institute"));

        assertThat(row.countryCode()).isEqualTo("UZ");
    }

    // ---- themes ----

    @Test
    void theEventIsTaggedWithTheTaxonomyEntriesOfTheSource() {
        Map<UUID, Theme> themes = catalogue.themes().findAll().stream()
                .collect(Collectors.toMap(Theme::id, Function.identity()));
        Map<String, String> entries = new LinkedHashMap<>();
        entries.put("terrorism.internet", "Internet");
        entries.put("security.afghanistan", "Afghanistan");
        entries.put("security.middle-east", "Middle East");
        entries.put("border", "Border control");
        entries.put("information", "Information exchange");
        entries.put("training", "Training");
        entries.put("exercises", "exercises");
        entries.put("legal", "Legal framework");

        SoftAssertions softly = new SoftAssertions();
        entries.forEach((key, words) -> {
            Optional<Theme> entry = themes.values().stream().filter(t -> key.equals(t.refKey())).findFirst();
            softly.assertThat(entry).as("the taxonomy entry %s", key).isPresent();
            entry.ifPresent(t -> {
                softly.assertThat(t.nameEn()).as("the taxonomy entry %s", key).containsIgnoringCase(words);
                softly.assertThat(event.themeIds()).as("the event is tagged with %s (%s) or a theme under it", key, words)
                        .anyMatch(id -> isAtOrUnder(themes, id, t.id()));
            });
        });
        softly.assertAll();
    }

    @Test
    void everyThemeOfTheSeedIsTagged() {
        Map<UUID, Theme> themes = catalogue.themes().findAll().stream()
                .collect(Collectors.toMap(Theme::id, Function.identity()));
        Set<String> tagged = event.themeIds().stream().map(themes::get).map(Theme::refKey).collect(Collectors.toSet());

        SoftAssertions softly = new SoftAssertions();
        for (JsonNode theme : expected.get("themes")) {
            List<String> keys = THEMES.get(theme.asText());
            softly.assertThat(keys).as("a taxonomy mapping for the seed's theme \"%s\"", theme.asText()).isNotNull();
            if (keys != null) {
                softly.assertThat(tagged).as("tags for \"%s\"", theme.asText()).containsAll(keys);
            }
        }
        softly.assertAll();
    }

    // ---- loading ----

    @Test
    void loadingTheExampleCompletesTheFirstStart() {
        assertThat(catalogue.settings().get(CatalogueSettings.FIRST_START_DONE)).contains("example");
        assertThat(FirstStart.needsChoice(catalogue)).isFalse();
        assertThat(catalogue.people().findAll()).extracting(Person::name).containsExactly("Grigory Pustovitov");
    }

    @Test
    void withoutReferenceDataTheExampleIsRefusedAndNothingIsWritten() {
        try (Catalogue empty = H2Catalogue.open(temp.resolve("no-reference-data"))) {
            assertThatThrownBy(() -> ExampleCatalogue.loadInto(empty))
                    .isInstanceOf(IllegalStateException.class)
                    .satisfies(e -> assertThat(e.getMessage()).containsIgnoringCase("CARICC"));

            assertThat(empty.people().count()).isZero();
            assertThat(empty.events().count()).isZero();
            assertThat(empty.trips().count()).isZero();
            assertThat(empty.settings().get(CatalogueSettings.FIRST_START_DONE)).isEmpty();
        }
    }

    @Test
    void datesAreReadWithThePrecisionTheyAreWrittenIn() {
        assertThat(ExampleCatalogue.partialDate("2018-10-31")).isEqualTo(PartialDate.ofDay(LocalDate.of(2018, 10, 31)));
        assertThat(ExampleCatalogue.partialDate("2018-10")).isEqualTo(PartialDate.ofMonth(2018, 10));
        assertThat(ExampleCatalogue.partialDate("2018")).isEqualTo(PartialDate.ofYear(2018));
        assertThat(ExampleCatalogue.partialDate(null)).isNull();
    }

    // ---- helpers ----

    /**
     * The stored organisation a seed body names: by its name or display name ("Name (ACRONYM)"),
     * else by its acronym, else by another name; curly apostrophes, case and spacing ignored.
     */
    private static Optional<Organisation> findOrganisation(String body) {
        String key = Names.key(body);
        List<Function<Organisation, Stream<String>>> tiers = List.of(
                o -> Stream.of(o.name(), o.displayName()),
                o -> Stream.ofNullable(o.acronym()),
                o -> o.otherNames().stream());
        for (Function<Organisation, Stream<String>> names : tiers) {
            List<Organisation> found = organisations.stream()
                    .filter(o -> names.apply(o).anyMatch(n -> Names.key(n).equals(key))).toList();
            if (found.size() > 1) {
                fail("The body \"" + body + "\" matches several organisations: "
                        + found.stream().map(Organisation::displayName).toList());
            }
            if (found.size() == 1) {
                return Optional.of(found.get(0));
            }
        }
        return Optional.empty();
    }

    private static Organisation organisation(String body) {
        return findOrganisation(body)
                .orElseThrow(() -> new AssertionError("No stored organisation matches the body \"" + body + "\""));
    }

    private static String countryCode(String name) {
        return countries.find(name).map(c -> c.code())
                .orElseThrow(() -> new AssertionError("The country \"" + name + "\" is not known to the catalogue"));
    }

    private static boolean isAtOrUnder(Map<UUID, Theme> themes, UUID id, UUID ancestor) {
        Set<UUID> seen = new HashSet<>();
        for (UUID at = id; at != null && seen.add(at); at = themes.containsKey(at) ? themes.get(at).parentId() : null) {
            if (at.equals(ancestor)) {
                return true;
            }
        }
        return false;
    }

    /** When the shared seed folder is there (a developer's checkout), the test copy must not have drifted. */
    private static void assertTheCopyIsCurrent(String name) throws IOException {
        Path shared = Path.of("..", "shared", "seed", Path.of(name).getFileName().toString());
        if (Files.isRegularFile(shared)) {
            try (InputStream in = resource(name)) {
                assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8))
                        .as("src/test/resources%s is a current copy of %s", name, shared)
                        .isEqualTo(Files.readString(shared, StandardCharsets.UTF_8));
            }
        }
    }

    private static InputStream resource(String name) {
        InputStream in = ExampleCatalogueTest.class.getResourceAsStream(name);
        assertThat(in).as(name + " on the test class path").isNotNull();
        return in;
    }
}
