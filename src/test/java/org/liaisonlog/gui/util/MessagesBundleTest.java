package org.liaisonlog.gui.util;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.liaisonlog.gui.Screen;
import org.liaisonlog.model.attendance.AttendanceStatus;
import org.liaisonlog.model.attendance.Capacity;
import org.liaisonlog.model.attendance.ParticipantRole;
import org.liaisonlog.model.common.DatePrecision;
import org.liaisonlog.model.event.EventKind;
import org.liaisonlog.model.organisation.OrganisationKind;
import org.liaisonlog.model.trip.TripStatus;

/** The English and Russian message bundles: the same keys, no gaps, every key the code uses. */
class MessagesBundleTest {

    private static final String ENGLISH = "/org/liaisonlog/gui/messages.properties";
    private static final String RUSSIAN = "/org/liaisonlog/gui/messages_ru.properties";
    private static final Path MAIN_SOURCES = Path.of("src", "main", "java");
    private static final Path REPORT_SOURCES = MAIN_SOURCES.resolve(Path.of("org", "liaisonlog", "logic", "report"));

    /** The enums whose constants the screens show through {@link Messages#of}. */
    private static final List<Class<? extends Enum<?>>> SHOWN_ENUMS = List.of(EventKind.class, DatePrecision.class,
            Capacity.class, ParticipantRole.class, AttendanceStatus.class, OrganisationKind.class, TripStatus.class,
            Screen.class);

    private static final Pattern MESSAGES_CALL = Pattern.compile("messages\\s*\\.\\s*(?:get|format)\\(\\s*\"([^\"]+)\"");
    private static final Pattern ERROR_OR_VALIDATION = Pattern.compile("\"((?:error|validation)\\.[A-Za-z0-9_.]+)\"");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)");

    private static Properties english;
    private static Properties russian;

    @BeforeAll
    static void load() throws IOException {
        english = load(ENGLISH);
        russian = load(RUSSIAN);
    }

    @Test
    void bothBundlesHaveTheSameKeys() {
        Set<String> missingInRussian = new TreeSet<>(english.stringPropertyNames());
        missingInRussian.removeAll(russian.stringPropertyNames());
        Set<String> missingInEnglish = new TreeSet<>(russian.stringPropertyNames());
        missingInEnglish.removeAll(english.stringPropertyNames());

        assertThat(english.stringPropertyNames()).hasSizeGreaterThan(50);
        assertThat(missingInRussian).as("keys missing in messages_ru.properties").isEmpty();
        assertThat(missingInEnglish).as("keys missing in messages.properties").isEmpty();
    }

    @Test
    void noValueIsEmpty() {
        assertThat(blankKeys(english)).as("empty values in messages.properties").isEmpty();
        assertThat(blankKeys(russian)).as("empty values in messages_ru.properties").isEmpty();
    }

    @Test
    void everyShownEnumConstantHasAName() {
        List<String> keys = new ArrayList<>();
        for (Class<? extends Enum<?>> type : SHOWN_ENUMS) {
            for (Enum<?> constant : type.getEnumConstants()) {
                keys.add("enum." + type.getSimpleName() + "." + constant.name());
            }
        }

        assertThat(keys).hasSizeGreaterThan(40);
        assertThat(keys.stream().filter(k -> !english.containsKey(k)).toList())
                .as("enum keys missing in messages.properties").isEmpty();
        assertThat(keys.stream().filter(k -> !russian.containsKey(k)).toList())
                .as("enum keys missing in messages_ru.properties").isEmpty();
    }

    @Test
    void everyKeyTheCodeUsesIsInBothBundles() throws IOException {
        Set<String> used = keysUsedInMainCode();

        assertThat(used).as("the scan of %s finds the keys in use", MAIN_SOURCES.toAbsolutePath())
                .hasSizeGreaterThan(50)
                .contains("app.title", "error.staleRecord", "validation.titleRequired", "events.column.title");
        assertThat(used.stream().filter(k -> !english.containsKey(k)).toList())
                .as("keys used in the code but missing in messages.properties").isEmpty();
        assertThat(used.stream().filter(k -> !russian.containsKey(k)).toList())
                .as("keys used in the code but missing in messages_ru.properties").isEmpty();
    }

    @Test
    void patternsParseAndTakeTheSameArgumentsInBothLanguages() {
        TreeMap<String, String> problems = new TreeMap<>();
        for (String key : english.stringPropertyNames()) {
            String en = english.getProperty(key);
            String ru = russian.getProperty(key);
            if (ru == null || !(en.contains("{") || ru.contains("{"))) {
                continue;
            }
            try {
                new MessageFormat(en, Locale.ENGLISH);
                new MessageFormat(ru, Locale.forLanguageTag("ru"));
            } catch (IllegalArgumentException e) {
                problems.put(key, "does not parse: " + e.getMessage());
                continue;
            }
            if (!placeholders(en).equals(placeholders(ru))) {
                problems.put(key, "arguments " + placeholders(en) + " in English but " + placeholders(ru) + " in Russian");
            }
            if (en.replace("''", "").contains("'") || ru.replace("''", "").contains("'")) {
                problems.put(key, "a single apostrophe, which MessageFormat swallows (write '')");
            }
        }
        assertThat(problems).as("message patterns with problems").isEmpty();
    }

    @Test
    void theRussianBundleIsReadAsUtf8AtRunTime() {
        ResourceBundle ru = ResourceBundle.getBundle(Messages.BUNDLE, Locale.forLanguageTag("ru"));
        ResourceBundle en = ResourceBundle.getBundle(Messages.BUNDLE, Locale.ENGLISH);

        assertThat(ru.getString("action.save")).isEqualTo("Сохранить").isEqualTo(russian.getProperty("action.save"));
        assertThat(ru.getString("enum.Capacity.MEMBER_STATE")).isEqualTo("Государство-член");
        assertThat(en.getString("action.save")).isEqualTo("Save");
        assertThat(new Messages(Locale.forLanguageTag("ru")).of(Capacity.OBSERVER)).isEqualTo("Наблюдатель");
        assertThat(new Messages(Locale.ENGLISH).of(EventKind.ROUND_TABLE)).isEqualTo("Round table");
    }

    // ---- helpers ----

    /**
     * The keys named in main code: arguments of {@code messages.get/format}, {@code "error.*"} and
     * {@code "validation.*"} literals, and any other literal that starts with a key family of the
     * bundle ({@code "menu.newRecord"} handed to a helper).
     */
    private static Set<String> keysUsedInMainCode() throws IOException {
        assertThat(MAIN_SOURCES).as("tests run in the project folder").isDirectory();
        Set<String> families = english.stringPropertyNames().stream()
                .map(k -> k.substring(0, k.indexOf('.') < 0 ? k.length() : k.indexOf('.')))
                .filter(f -> !f.equals("enum"))
                .collect(Collectors.toSet());
        Pattern familyLiteral = Pattern.compile("\"((?:" + String.join("|", families) + ")\\.[A-Za-z0-9_.]+)\"");
        Set<String> used = new TreeSet<>();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(MAIN_SOURCES)) {
            files = walk.filter(p -> p.toString().endsWith(".java")).toList();
        }
        for (Path file : files) {
            if (file.startsWith(REPORT_SOURCES) && !file.getFileName().toString().equals("ReportService.java")) {
                continue; // the reports' own texts live in their own bundles, checked by ReportBundleTest
            }
            String source = Files.readString(file, StandardCharsets.UTF_8);
            for (Pattern pattern : List.of(MESSAGES_CALL, ERROR_OR_VALIDATION, familyLiteral)) {
                Matcher m = pattern.matcher(source);
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }
        return used;
    }

    private static Set<String> placeholders(String pattern) {
        Set<String> found = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(pattern);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    private static List<String> blankKeys(Properties properties) {
        return properties.stringPropertyNames().stream()
                .filter(k -> properties.getProperty(k).isBlank()).sorted().toList();
    }

    private static Properties load(String name) throws IOException {
        InputStream in = MessagesBundleTest.class.getResourceAsStream(name);
        assertThat(in).as(name + " on the class path").isNotNull();
        Properties properties = new Properties();
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
