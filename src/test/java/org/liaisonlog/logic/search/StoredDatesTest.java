package org.liaisonlog.logic.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.liaisonlog.model.common.DatePrecision;
import org.liaisonlog.model.common.PartialDate;

/** A hit's dates read back as they were written, by the quick way for four-digit years and the general one else. */
class StoredDatesTest {

    @Test
    void datesAreReadBackAsWritten() {
        for (LocalDate day : List.of(LocalDate.of(2018, 10, 31), LocalDate.of(2000, 2, 29), LocalDate.of(1, 1, 1),
                LocalDate.of(999, 12, 31), LocalDate.of(9999, 12, 31), LocalDate.of(10_000, 1, 1),
                LocalDate.of(-5, 6, 7))) {
            for (DatePrecision precision : DatePrecision.values()) {
                PartialDate date = new PartialDate(day, precision);
                assertThat(StoredDates.read(StoredDates.write(date))).as(StoredDates.write(date)).isEqualTo(date);
            }
        }
        assertThat(StoredDates.write(PartialDate.ofDay(LocalDate.of(2018, 10, 31)))).isEqualTo("2018-10-31/DAY");
        assertThat(StoredDates.read(null)).isNull();
    }
}
