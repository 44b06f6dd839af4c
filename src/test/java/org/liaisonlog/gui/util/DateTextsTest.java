package org.liaisonlog.gui.util;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.liaisonlog.model.common.PartialDate;

/** Dates written in the form of the interface language, as precisely as they are known. */
class DateTextsTest {

    private static final Locale EN = Locale.ENGLISH;
    private static final Locale RU = Locale.forLanguageTag("ru");
    private static final PartialDate OCT_31 = PartialDate.ofDay(LocalDate.of(2018, 10, 31));
    private static final PartialDate NOV_1 = PartialDate.ofDay(LocalDate.of(2018, 11, 1));

    @Test
    void aDateIsWrittenAsPreciselyAsItIsKnown() {
        assertThat(DateTexts.of(OCT_31, EN)).isEqualTo("31 Oct 2018");
        assertThat(DateTexts.of(PartialDate.ofMonth(2018, 10), EN)).isEqualTo("Oct 2018");
        assertThat(DateTexts.of(PartialDate.ofYear(2018), EN)).isEqualTo("2018");
        assertThat(DateTexts.of(OCT_31, RU)).isEqualTo("31.10.2018");
        assertThat(DateTexts.of(PartialDate.ofDay(LocalDate.of(2018, 3, 5)), RU)).isEqualTo("05.03.2018");
        assertThat(DateTexts.of(PartialDate.ofMonth(2018, 10), RU)).isEqualTo("октябрь 2018");
        assertThat(DateTexts.of(PartialDate.ofYear(2018), RU)).isEqualTo("2018");
        assertThat(DateTexts.of(null, EN)).isEmpty();
    }

    @Test
    void aLanguageOtherThanRussianGetsTheEnglishForm() {
        assertThat(DateTexts.of(OCT_31, Locale.GERMAN)).isEqualTo("31 Oct 2018");
        assertThat(DateTexts.day(LocalDate.of(2018, 10, 31), Locale.forLanguageTag("ru-RU"))).isEqualTo("31.10.2018");
    }

    @Test
    void aRangeWritesWhatBothEndsShareOnce() {
        assertThat(DateTexts.range(OCT_31, NOV_1, EN)).isEqualTo("31 Oct – 1 Nov 2018");
        assertThat(DateTexts.range(OCT_31, NOV_1, RU)).isEqualTo("31.10 – 01.11.2018");
        PartialDate march12 = PartialDate.ofDay(LocalDate.of(2024, 3, 12));
        PartialDate march13 = PartialDate.ofDay(LocalDate.of(2024, 3, 13));
        assertThat(DateTexts.range(march12, march13, EN)).isEqualTo("12–13 Mar 2024");
        assertThat(DateTexts.range(march12, march13, RU)).isEqualTo("12–13.03.2024");
        PartialDate newYear = PartialDate.ofDay(LocalDate.of(2019, 1, 2));
        assertThat(DateTexts.range(OCT_31, newYear, EN)).isEqualTo("31 Oct 2018 – 2 Jan 2019");
        assertThat(DateTexts.range(OCT_31, newYear, RU)).isEqualTo("31.10.2018 – 02.01.2019");
        assertThat(DateTexts.range(PartialDate.ofMonth(2018, 10), PartialDate.ofMonth(2018, 11), EN))
                .isEqualTo("Oct – Nov 2018");
        assertThat(DateTexts.range(PartialDate.ofMonth(2018, 10), PartialDate.ofMonth(2018, 11), RU))
                .isEqualTo("октябрь – ноябрь 2018");
        assertThat(DateTexts.range(PartialDate.ofYear(2018), PartialDate.ofYear(2019), EN)).isEqualTo("2018 – 2019");
        assertThat(DateTexts.range(PartialDate.ofMonth(2018, 10), NOV_1, EN)).isEqualTo("Oct 2018 – 1 Nov 2018");
    }

    @Test
    void aRangeOfOneDateOrWithAnEndMissingIsOneDate() {
        assertThat(DateTexts.range(OCT_31, OCT_31, EN)).isEqualTo("31 Oct 2018");
        assertThat(DateTexts.range(OCT_31, null, RU)).isEqualTo("31.10.2018");
        assertThat(DateTexts.range(null, NOV_1, EN)).isEqualTo("1 Nov 2018");
        assertThat(DateTexts.range(null, null, EN)).isEmpty();
    }

    @Test
    void aMomentIsWrittenWithA24HourTime() {
        Instant at = LocalDate.of(2018, 10, 31).atTime(14, 5).atZone(ZoneId.of("Asia/Tashkent")).toInstant();
        assertThat(DateTexts.dateTime(at, ZoneId.of("Asia/Tashkent"), EN)).isEqualTo("31 Oct 2018, 14:05");
        assertThat(DateTexts.dateTime(at, ZoneId.of("Asia/Tashkent"), RU)).isEqualTo("31.10.2018 14:05");
        assertThat(DateTexts.dateTime(at, ZoneId.of("UTC"), RU)).isEqualTo("31.10.2018 09:05");
    }

    @Test
    void calendarsStartTheWeekOnMondayInBothLanguages() {
        assertThat(java.time.temporal.WeekFields.of(DateTexts.calendarLocale(RU)).getFirstDayOfWeek())
                .isEqualTo(java.time.DayOfWeek.MONDAY);
        assertThat(java.time.temporal.WeekFields.of(DateTexts.calendarLocale(EN)).getFirstDayOfWeek())
                .isEqualTo(java.time.DayOfWeek.MONDAY);
        assertThat(DateTexts.calendarLocale(RU).getLanguage()).isEqualTo("ru");
        assertThat(DateTexts.calendarLocale(EN).getLanguage()).isEqualTo("en");
    }
}
