package org.liaisonlog.gui.util;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Date pickers show the interface language's form and take that form, ISO or a dotted date. */
class DateConverterTest {

    private static final LocalDate OCT_31 = LocalDate.of(2018, 10, 31);
    private final DateConverter english = new DateConverter(Locale.ENGLISH);
    private final DateConverter russian = new DateConverter(Locale.forLanguageTag("ru"));

    @Test
    void aDateIsShownInTheLanguagesForm() {
        assertThat(english.toString(OCT_31)).isEqualTo("31 Oct 2018");
        assertThat(russian.toString(OCT_31)).isEqualTo("31.10.2018");
        assertThat(english.toString(null)).isEmpty();
    }

    @Test
    void whatIsShownIsReadBack() {
        for (LocalDate date = LocalDate.of(2024, 1, 1); date.getYear() == 2024; date = date.plusDays(1)) {
            assertThat(english.fromString(english.toString(date))).isEqualTo(date);
            assertThat(russian.fromString(russian.toString(date))).isEqualTo(date);
        }
    }

    @Test
    void isoAndDottedDatesAreTakenInEitherLanguage() {
        for (DateConverter converter : new DateConverter[] {english, russian}) {
            assertThat(converter.fromString("2018-10-31")).isEqualTo(OCT_31);
            assertThat(converter.fromString(" 31.10.2018 ")).isEqualTo(OCT_31);
            assertThat(converter.fromString("1.11.2018")).isEqualTo(LocalDate.of(2018, 11, 1));
            assertThat(converter.fromString("31/10/2018")).isEqualTo(OCT_31);
            assertThat(converter.fromString("31 October 2018")).isEqualTo(OCT_31);
        }
        assertThat(english.fromString("31 oct 2018")).isEqualTo(OCT_31);
        assertThat(russian.fromString("31 окт. 2018")).isEqualTo(OCT_31);
        assertThat(russian.fromString("31 октября 2018")).isEqualTo(OCT_31);
    }

    @Test
    void textThatIsNoDateGivesNothing() {
        for (DateConverter converter : new DateConverter[] {english, russian}) {
            assertThat(converter.fromString("")).isNull();
            assertThat(converter.fromString(null)).isNull();
            assertThat(converter.fromString("2018-10-3")).isNull();
            assertThat(converter.fromString("31.10.201")).isNull();
            assertThat(converter.fromString("31.02.2018")).as("no such day").isNull();
            assertThat(converter.fromString("31 Oct")).isNull();
            assertThat(converter.fromString("next week")).isNull();
        }
    }
}
