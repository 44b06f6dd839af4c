package org.liaisonlog.logic.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.liaisonlog.model.common.PartialDate;

/** Dates and periods as reports write them. */
class ReportDatesTest {

    private final ReportDates english = new ReportDates(ReportTexts.of(Locale.ENGLISH));
    private final ReportDates russian = new ReportDates(ReportTexts.of(Locale.forLanguageTag("ru")));

    private static PartialDate day(int year, int month, int day) {
        return PartialDate.ofDay(LocalDate.of(year, month, day));
    }

    @Test
    void periodsWriteTheSharedPartOnce() {
        assertThat(english.range(day(2018, 10, 31), day(2018, 11, 1))).isEqualTo("31 October – 1 November 2018");
        assertThat(russian.range(day(2018, 10, 31), day(2018, 11, 1))).isEqualTo("31 октября – 1 ноября 2018 г.");
        assertThat(english.range(day(2018, 11, 1), day(2018, 11, 3))).isEqualTo("1–3 November 2018");
        assertThat(russian.range(day(2018, 11, 1), day(2018, 11, 3))).isEqualTo("1–3 ноября 2018 г.");
        assertThat(english.range(day(2018, 12, 30), day(2019, 1, 2))).isEqualTo("30 December 2018 – 2 January 2019");
        assertThat(russian.range(day(2018, 12, 30), day(2019, 1, 2)))
                .isEqualTo("30 декабря 2018 г. – 2 января 2019 г.");
        assertThat(english.range(day(2018, 10, 31), day(2018, 10, 31))).isEqualTo("31 October 2018");
        assertThat(english.range(day(2018, 10, 31), null)).isEqualTo("31 October 2018");
        assertThat(english.range((PartialDate) null, null)).isEmpty();
    }

    @Test
    void partialDatesAreWrittenAsPreciselyAsTheyAreKnown() {
        assertThat(english.of(PartialDate.ofMonth(2018, 10))).isEqualTo("October 2018");
        assertThat(russian.of(PartialDate.ofMonth(2018, 10))).isEqualTo("октябрь 2018 г.");
        assertThat(english.of(PartialDate.ofYear(2018))).isEqualTo("2018");
        assertThat(russian.of(PartialDate.ofYear(2018))).isEqualTo("2018 г.");
        assertThat(english.range(PartialDate.ofMonth(2018, 10), PartialDate.ofMonth(2018, 11)))
                .isEqualTo("October – November 2018");
        assertThat(russian.range(PartialDate.ofMonth(2018, 10), PartialDate.ofMonth(2018, 11)))
                .isEqualTo("октябрь – ноябрь 2018 г.");
        assertThat(english.range(PartialDate.ofYear(2018), day(2019, 1, 5))).isEqualTo("2018 – 5 January 2019");
    }

    @Test
    void aMonthHeadingIsCapitalised() {
        assertThat(english.month(YearMonth.of(2018, 10))).isEqualTo("October 2018");
        assertThat(russian.month(YearMonth.of(2018, 10))).isEqualTo("Октябрь 2018 г.");
    }
}
