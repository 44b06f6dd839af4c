package org.liaisonlog.logic.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.liaisonlog.logic.report.ReportFixture.facts;
import static org.liaisonlog.logic.report.ReportFixture.groups;
import static org.liaisonlog.logic.report.ReportFixture.onlyTable;
import static org.liaisonlog.logic.report.ReportFixture.total;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.liaisonlog.logic.catalogue.CatalogueException;
import org.liaisonlog.logic.catalogue.CountryIndex;
import org.liaisonlog.logic.catalogue.Names;
import org.liaisonlog.logic.report.ReportFixture.Group;
import org.liaisonlog.logic.report.ReportFixture.Party;
import org.liaisonlog.model.attendance.Capacity;

/** The list of participants of the example event, against the seed document. */
class AttendanceReportTest {

    private static final Locale RUSSIAN = Locale.forLanguageTag("ru");

    /** The seed's groups and the printed groups they are found under. */
    private static final Map<String, List<String>> SEED_GROUPS = Map.of(
            "member state", List.of("Member states"),
            "observers and dialogue partners", List.of("Observers", "Dialogue partners"),
            "secretariat", List.of("Secretariats"),
            "UN entity", List.of("UN entities"),
            "regional structure", List.of("Regional structures"),
            "other organisation", List.of("Other organisations"));

    @TempDir
    static Path temp;

    private static ReportFixture fixture;
    private static JsonNode seed;
    private static CountryIndex countries;

    @BeforeAll
    static void open() throws IOException {
        fixture = new ReportFixture(temp.resolve("catalogue"));
        try (InputStream in = AttendanceReportTest.class.getResourceAsStream(
                "/seed/rats-sco-conference-tashkent-2018.expected.json")) {
            seed = new ObjectMapper().readTree(in);
        }
        countries = new CountryIndex(fixture.catalogue.countries().findAll());
    }

    @AfterAll
    static void close() {
        fixture.close();
    }

    private static ReportDocument english() {
        return fixture.reports.attendance(fixture.exampleEvent, AttendanceOptions.standard(Locale.ENGLISH));
    }

    @Test
    void theGroupsComeInTheOfficialOrderWithTheCountsTheSeedImplies() {
        ReportBlock.Table table = onlyTable(english());

        List<Group> groups = groups(table);
        assertThat(groups).extracting(Group::name).containsExactly("Member states", "Observers", "Dialogue partners",
                "Secretariats", "UN entities", "Regional structures", "Other organisations");
        assertThat(groups).extracting(Group::count).containsExactly("8", "1", "1", "1", "6", "2", "8");
        for (Group g : groups) {
            assertThat(g.parties()).as("numbered rows of " + g.name()).hasSize(Integer.parseInt(g.count()));
        }
        assertThat(total(table).label()).isEqualTo("Total");
        assertThat(total(table).value()).isEqualTo("27");
        List<Party> all = groups.stream().flatMap(g -> g.parties().stream()).toList();
        assertThat(all.get(all.size() - 1).number()).as("numbered through the whole list").isEqualTo("27");
        assertThat(table.columns()).extracting(ReportBlock.Column::header)
                .containsExactly("No.", "Participant", "Title / role");
    }

    @Test
    void everyBodyOfTheSeedIsListedUnderItsGroup() {
        List<Group> groups = groups(onlyTable(english()));
        SoftAssertions softly = new SoftAssertions();
        int seen = 0;
        for (JsonNode entry : seed.get("attendance")) {
            String body = entry.get("body").asText();
            List<String> printedGroups = SEED_GROUPS.get(entry.get("group").asText());
            softly.assertThat(printedGroups).as("the group of " + body).isNotNull();
            if (printedGroups == null) {
                continue;
            }
            seen++;
            for (String groupName : printedGroups) {
                Group group = groups.stream().filter(g -> g.name().equals(groupName)).findFirst().orElseThrow();
                boolean listed = group.parties().stream()
                        .anyMatch(p -> sameBody(p.name(), body) || p.underNames().anyMatch(n -> sameBody(n, body)));
                if (body.contains("not named")) {
                    listed = group.parties().stream().anyMatch(p -> p.name().contains("not named in the source"));
                }
                softly.assertThat(listed).as("\"%s\" under %s", body, groupName).isTrue();
            }
            if (entry.has("country") && "member state".equals(entry.get("group").asText())) {
                String country = countries.find(entry.get("country").asText()).orElseThrow().nameEn();
                Party delegation = groups.get(0).parties().stream().filter(p -> p.name().equals(country))
                        .findFirst().orElse(null);
                softly.assertThat(delegation).as("the delegation of " + country).isNotNull();
                if (delegation != null) {
                    softly.assertThat(delegation.underNames().anyMatch(n -> sameBody(n, body)))
                            .as("\"%s\" under %s", body, country).isTrue();
                }
            }
            if (entry.has("person")) {
                softly.assertThat(groups.stream().flatMap(g -> g.parties().stream())
                                .flatMap(p -> p.under().stream())
                                .anyMatch(c -> c.values().get(1).endsWith(entry.get("person").asText())
                                        && c.values().get(2).startsWith(entry.get("title").asText())))
                        .as("%s, %s, under %s", entry.get("person").asText(), entry.get("title").asText(), body)
                        .isTrue();
            }
        }
        softly.assertThat(seen).isEqualTo(26);
        softly.assertAll();
    }

    /** The seed names a body as the text does; the list prints the catalogue's name for it. */
    private static boolean sameBody(String printed, String seedBody) {
        if (base(printed).equals(base(seedBody))) {
            return true;
        }
        Matcher acronym = Pattern.compile("\\(([^()]+)\\)$").matcher(printed.strip());
        return acronym.find() && Names.key(acronym.group(1)).equals(Names.key(seedBody));
    }

    private static String base(String name) {
        return Names.key(name.strip().replaceAll("\\s*\\([^()]*\\)$", ""));
    }

    @Test
    void theHeaderNamesTheEventInFull() {
        ReportDocument report = english();

        assertThat(report.kind()).isEqualTo(ReportKind.ATTENDANCE);
        assertThat(report.title()).isEqualTo("List of participants");
        assertThat(report.subtitle()).containsExactly(
                "Sixth Scientific and Practical Conference of the Regional Anti-Terrorist Structure of the Shanghai"
                        + " Cooperation Organization (RATS SCO)",
                "“Combating Terrorism – Cooperation without Borders”",
                "31 October – 1 November 2018, Tashkent, Uzbekistan");
        assertThat(facts(report)).containsEntry("Organisers",
                "Regional Anti-Terrorist Structure of the Shanghai Cooperation Organization (RATS SCO)");
        assertThat(report.wide()).isFalse();
        assertThat(report.fileName()).matches("[a-z0-9-]+").startsWith("participants-sixth-scientific")
                .endsWith("2018-10-31");
    }

    @Test
    void theCsvHasARowPerPrintedLine() {
        ReportDocument report = english();

        assertThat(report.csv().header()).containsExactly("No.", "Group", "Country", "Organisation", "Person", "Title",
                "Role", "Status");
        long printed = onlyTable(report).rows().stream().filter(ReportBlock.Cells.class::isInstance).count();
        assertThat(report.csv().rows()).hasSize((int) printed);
        assertThat(report.csv().rows()).anySatisfy(row -> assertThat(row).containsExactly("", "Other organisations",
                "", "Central Asian Regional Information and Coordination Centre for Combating Illicit Trafficking of"
                        + " Narcotic Drugs, Psychotropic Substances and their Precursors (CARICC)",
                "Mr Grigory Pustovitov", "Director", "", "attended"));
        assertThat(report.csv().rows()).anySatisfy(row -> assertThat(row)
                .containsExactly("1", "Member states", "India", "", "", "", "", ""));
    }

    @Test
    void theRussianReportHasRussianHeadingsCountriesAndNames() {
        ReportDocument report = fixture.reports.attendance(fixture.exampleEvent, AttendanceOptions.standard(RUSSIAN));
        ReportBlock.Table table = onlyTable(report);

        assertThat(report.language()).isEqualTo(RUSSIAN);
        assertThat(report.title()).isEqualTo("Список участников");
        assertThat(groups(table)).extracting(Group::name).containsExactly("Государства-члены", "Наблюдатели",
                "Партнёры по диалогу", "Секретариаты", "Структуры ООН", "Региональные структуры", "Другие организации");
        assertThat(total(table).label()).isEqualTo("Итого");
        assertThat(table.columns()).extracting(ReportBlock.Column::header)
                .containsExactly("№", "Участник", "Должность / роль");
        assertThat(groups(table).get(0).parties()).extracting(Party::name).containsExactly("Индия", "Казахстан",
                "Китай", "Киргизия", "Пакистан", "Россия", "Таджикистан", "Узбекистан");
        assertThat(groups(table).get(4).parties()).extracting(Party::name)
                .contains("Управление Организации Объединенных Наций по наркотикам и преступности (УНП ООН)");
        assertThat(report.subtitle()).contains("«Combating Terrorism – Cooperation without Borders»",
                "31 октября – 1 ноября 2018 г., Tashkent, Узбекистан");
        assertThat(facts(report)).containsEntry("Организаторы",
                "Региональная антитеррористическая структура Шанхайской организации сотрудничества (РАТС ШОС)");
        assertThat(ReportFixture.allText(report)).contains("Григорий Пустовитов");
        assertThat(report.fileName()).matches("[a-z0-9-]+").endsWith("-ru");
    }

    @Test
    void hidingPeopleLeavesThemOutButCountsTheSame() {
        ReportDocument with = english();
        ReportDocument without = fixture.reports.attendance(fixture.exampleEvent,
                new AttendanceOptions(Locale.ENGLISH, List.of(Capacity.values()), false, false));

        assertThat(ReportFixture.allText(with)).contains("Grigory Pustovitov");
        assertThat(ReportFixture.allText(without)).doesNotContain("Pustovitov");
        assertThat(without.csv().rows()).noneMatch(row -> row.contains("Mr Grigory Pustovitov"));
        assertThat(groups(onlyTable(without))).extracting(Group::count)
                .containsExactlyElementsOf(groups(onlyTable(with)).stream().map(Group::count).toList());
        assertThat(total(onlyTable(without)).value()).isEqualTo("27");
    }

    @Test
    void theGroupOrderPutsTheNamedGroupsFirstAndTheRestInTheirOrder() {
        ReportDocument report = fixture.reports.attendance(fixture.exampleEvent, new AttendanceOptions(Locale.ENGLISH,
                List.of(Capacity.OTHER_ORGANISATION, Capacity.UN_ENTITY), true, false));

        assertThat(groups(onlyTable(report))).extracting(Group::name).containsExactly("Other organisations",
                "UN entities", "Member states", "Observers", "Dialogue partners", "Secretariats", "Regional structures");
        assertThat(groups(onlyTable(report)).get(0).parties().get(0).number()).isEqualTo("1");
        assertThat(total(onlyTable(report)).value()).isEqualTo("27");
    }

    @Test
    void anUnknownEventIsACatalogueError() {
        assertThatThrownBy(() -> fixture.reports.attendance(UUID.randomUUID(), AttendanceOptions.standard(Locale.ENGLISH)))
                .isInstanceOf(CatalogueException.class)
                .extracting(e -> ((CatalogueException) e).messageKey()).isEqualTo(ReportService.EVENT_NOT_FOUND);
    }
}
