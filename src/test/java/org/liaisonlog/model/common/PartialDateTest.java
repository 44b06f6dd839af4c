package org.liaisonlog.model.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A date known to the day, the month or the year. */
class PartialDateTest {

    @Test
    void aDayPrecisionDateKeepsItsDay() {
        PartialDate date = new PartialDate(LocalDate.of(2018, 10, 31), DatePrecision.DAY);

        assertThat(date.date()).isEqualTo(LocalDate.of(2018, 10, 31));
        assertThat(date.precision()).isEqualTo(DatePrecision.DAY);
        assertThat(date.lastDay()).isEqualTo(LocalDate.of(2018, 10, 31));
        assertThat(PartialDate.ofDay(LocalDate.of(2018, 10, 31))).isEqualTo(date);
    }

    @Test
    void aMonthPrecisionDateIsStoredAsTheFirstOfTheMonth() {
        PartialDate date = new PartialDate(LocalDate.of(2018, 10, 17), DatePrecision.MONTH);

        assertThat(date.date()).isEqualTo(LocalDate.of(2018, 10, 1));
        assertThat(date.precision()).isEqualTo(DatePrecision.MONTH);
        assertThat(date).as("any day of the month gives the same value")
                .isEqualTo(new PartialDate(LocalDate.of(2018, 10, 31), DatePrecision.MONTH))
                .isEqualTo(PartialDate.ofMonth(2018, 10));
    }

    @Test
    void aYearPrecisionDateIsStoredAsTheFirstOfJanuary() {
        PartialDate date = new PartialDate(LocalDate.of(2018, 7, 14), DatePrecision.YEAR);

        assertThat(date.date()).isEqualTo(LocalDate.of(2018, 1, 1));
        assertThat(date.precision()).isEqualTo(DatePrecision.YEAR);
        assertThat(date).isEqualTo(PartialDate.ofYear(2018))
                .isEqualTo(new PartialDate(LocalDate.of(2018, 12, 31), DatePrecision.YEAR));
    }

    @Test
    void lastDayIsTheEndOfTheMonthItStandsFor() {
        assertThat(PartialDate.ofMonth(2018, 10).lastDay()).isEqualTo(LocalDate.of(2018, 10, 31));
        assertThat(PartialDate.ofMonth(2018, 11).lastDay()).isEqualTo(LocalDate.of(2018, 11, 30));
        assertThat(PartialDate.ofMonth(2019, 2).lastDay()).isEqualTo(LocalDate.of(2019, 2, 28));
        assertThat(PartialDate.ofMonth(2020, 2).lastDay()).as("leap year").isEqualTo(LocalDate.of(2020, 2, 29));
    }

    @Test
    void lastDayIsTheThirtyFirstOfDecemberForAYear() {
        assertThat(PartialDate.ofYear(2018).lastDay()).isEqualTo(LocalDate.of(2018, 12, 31));
        assertThat(PartialDate.ofYear(2020).lastDay()).as("leap year").isEqualTo(LocalDate.of(2020, 12, 31));
        assertThat(new PartialDate(LocalDate.of(2018, 6, 15), DatePrecision.YEAR).lastDay())
                .isEqualTo(LocalDate.of(2018, 12, 31));
    }

    @Test
    void partialDatesSortByTheFirstDayOfTheirPeriod() {
        PartialDate year2018 = PartialDate.ofYear(2018);
        PartialDate march2018 = PartialDate.ofMonth(2018, 3);
        PartialDate day = PartialDate.ofDay(LocalDate.of(2018, 10, 31));
        PartialDate november2018 = PartialDate.ofMonth(2018, 11);
        PartialDate earlierDay = PartialDate.ofDay(LocalDate.of(2017, 12, 31));
        PartialDate year2019 = PartialDate.ofYear(2019);

        List<PartialDate> dates = new ArrayList<>(List.of(year2019, day, november2018, year2018, earlierDay, march2018));
        Collections.sort(dates);

        assertThat(dates).containsExactly(earlierDay, year2018, march2018, day, november2018, year2019);
        assertThat(PartialDate.ofMonth(2018, 10)).isLessThan(day);
        assertThat(day).isGreaterThan(PartialDate.ofMonth(2018, 10)).isLessThan(november2018);
    }

    @Test
    void dateAndPrecisionAreRequired() {
        assertThatNullPointerException().isThrownBy(() -> new PartialDate(null, DatePrecision.DAY));
        assertThatNullPointerException().isThrownBy(() -> new PartialDate(LocalDate.of(2018, 1, 1), null));
    }
}
