package org.liaisonlog.logic.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.liaisonlog.model.attendance.AttendanceStatus;
import org.liaisonlog.model.attendance.Capacity;
import org.liaisonlog.model.attendance.ParticipantRole;
import org.liaisonlog.model.event.EventKind;
import org.liaisonlog.model.trip.TripStatus;

/** The report bundles: the same keys in both, none blank, a text for every value of the enums. */
class ReportBundleTest {

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = ReportBundleTest.class.getResourceAsStream("/org/liaisonlog/logic/report/" + name)) {
            assertThat(in).as(name).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void bothBundlesHaveTheSameKeysAndNoBlankValue() throws IOException {
        Properties english = load("report.properties");
        Properties russian = load("report_ru.properties");

        assertThat(russian.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
        assertThat(english.stringPropertyNames()).allSatisfy(k -> assertThat(english.getProperty(k)).as(k).isNotBlank());
        assertThat(russian.stringPropertyNames()).allSatisfy(k -> assertThat(russian.getProperty(k)).as(k).isNotBlank());
    }

    @Test
    void everyCapacityRoleStatusAndKindHasAText() {
        for (Locale language : new Locale[] {Locale.ENGLISH, Locale.forLanguageTag("ru")}) {
            ReportTexts texts = ReportTexts.of(language);
            for (Capacity c : Capacity.values()) {
                assertThat(texts.capacity(c)).isNotBlank();
            }
            for (ParticipantRole r : ParticipantRole.values()) {
                assertThat(texts.role(r)).isNotBlank();
            }
            for (AttendanceStatus s : AttendanceStatus.values()) {
                assertThat(texts.status(s)).isNotBlank();
            }
            for (EventKind k : EventKind.values()) {
                assertThat(texts.kind(k)).isNotBlank();
            }
            for (TripStatus s : TripStatus.values()) {
                assertThat(texts.tripStatus(s)).isNotBlank();
            }
        }
    }

    @Test
    void russianIsReadAsUtf8AndEnglishDoesNotFallBackToTheSystemLanguage() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("ru"));
            assertThat(ReportTexts.of(Locale.ENGLISH).text("total")).isEqualTo("Total");
            assertThat(ReportTexts.of(Locale.forLanguageTag("ru-RU")).text("total")).isEqualTo("Итого");
            assertThat(ReportTexts.of(Locale.GERMAN).text("total")).as("any other language is English")
                    .isEqualTo("Total");
        } finally {
            Locale.setDefault(before);
        }
    }
}
