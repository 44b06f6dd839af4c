package org.liaisonlog.gui.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.liaisonlog.gui.util.Messages;
import org.liaisonlog.logic.history.RecordDifferences;
import org.liaisonlog.model.common.PartialDate;
import org.liaisonlog.model.common.RecordStamp;
import org.liaisonlog.model.event.Event;
import org.liaisonlog.model.event.EventKind;
import org.liaisonlog.model.history.ChangeEntry;
import org.liaisonlog.model.history.ChangeEntry.FieldChange;
import org.liaisonlog.model.history.ChangeKind;
import org.liaisonlog.model.history.RecordType;
import org.liaisonlog.model.organisation.Organisation;
import org.liaisonlog.model.organisation.OrganisationKind;
import org.liaisonlog.model.trip.Trip;
import org.liaisonlog.model.trip.TripStatus;

/**
 * The history is stored language-neutral (enum names, ISO dates, country codes) and shown in the
 * interface language: the changes come from the real {@link RecordDifferences}.
 */
class ChangeTextsTest {

    private static final Messages EN = new Messages(Locale.ENGLISH);
    private static final Messages RU = new Messages(Locale.forLanguageTag("ru"));
    private static final ZoneId TASHKENT = ZoneId.of("Asia/Tashkent");
    private static final UnaryOperator<String> COUNTRIES = code -> "UZ".equals(code) ? "Uzbekistan" : code;

    private static ChangeTexts texts(Messages messages) {
        return new ChangeTexts(messages, COUNTRIES, TASHKENT);
    }

    @Test
    void anEventsKindAndDatesAreShownInTheLanguageButStoredAsNames() {
        List<FieldChange> changes = RecordDifferences.of(
                event(EventKind.MEETING, PartialDate.ofDay(LocalDate.of(2018, 10, 31)), null),
                event(EventKind.CONFERENCE, PartialDate.ofMonth(2018, 11), "UZ"));
        assertThat(changes).contains(new FieldChange("kind", "MEETING", "CONFERENCE"),
                new FieldChange("start", "2018-10-31", "2018-11"));

        assertThat(changes.stream().map(c -> texts(EN).line(RecordType.EVENT, c)).toList()).containsExactly(
                "Kind: Meeting → Conference", "Country: — → Uzbekistan", "Start: 31 Oct 2018 → Nov 2018");
        assertThat(changes.stream().map(c -> texts(RU).line(RecordType.EVENT, c)).toList()).contains(
                "Вид: Совещание → Конференция", "Начало: 31.10.2018 → ноябрь 2018");
    }

    @Test
    void aTripsStatusAndAnOrganisationsKindAreShownByTheirLabels() {
        Trip planned = new Trip(RecordStamp.fresh(), List.of(), "p", List.of(), List.of(), TripStatus.PLANNED, null, null);
        Trip done = new Trip(planned.stamp(), List.of(), "p", List.of(), List.of(), TripStatus.DONE, null, null);
        FieldChange status = RecordDifferences.of(planned, done).get(0);
        assertThat(texts(EN).line(RecordType.TRIP, status)).isEqualTo("Status: Planned → Done");
        assertThat(texts(RU).line(RecordType.TRIP, status)).isEqualTo("Статус: " + RU.of(TripStatus.PLANNED)
                + " → " + RU.of(TripStatus.DONE)).doesNotContain("PLANNED", "DONE");

        Organisation before = new Organisation(RecordStamp.fresh(), "CARICC", null, null, List.of(),
                OrganisationKind.OTHER, null, null, null);
        Organisation after = new Organisation(before.stamp(), "CARICC", null, null, List.of(),
                OrganisationKind.REGIONAL_ORGANISATION, null, null, null);
        FieldChange kind = RecordDifferences.of(before, after, id -> "").get(0);
        assertThat(texts(EN).line(RecordType.ORGANISATION, kind)).isEqualTo("Kind: Other → Regional organisation");
    }

    @Test
    void aValueNotRecognisedIsShownAsStoredAndOtherFieldsAreLeftAlone() {
        assertThat(texts(EN).line(RecordType.EVENT, new FieldChange("kind", "", "GALA")))
                .isEqualTo("Kind: — → GALA");
        assertThat(texts(EN).line(RecordType.EVENT, new FieldChange("title", "MEETING", "2018-10-31")))
                .as("a title that looks like an enum or a date is a title").isEqualTo("Title: MEETING → 2018-10-31");
        assertThat(texts(EN).line(RecordType.EVENT, new FieldChange("start", "soon", "")))
                .isEqualTo("Start: soon → —");
    }

    @Test
    void theHeadingSaysWhenInTheLanguagesFormAndWhatKindOfChange() {
        Instant at = LocalDate.of(2018, 10, 31).atTime(14, 5).atZone(TASHKENT).toInstant();
        ChangeEntry entry = new ChangeEntry(UUID.randomUUID(), at, ChangeKind.UPDATE, RecordType.THEME,
                UUID.randomUUID(), "Afghanistan", List.of());
        assertThat(texts(EN).heading(entry)).isEqualTo("31 Oct 2018, 14:05 — Edited");
        assertThat(texts(RU).heading(entry)).isEqualTo("31.10.2018 14:05 — " + RU.of(ChangeKind.UPDATE));
    }

    private static Event event(EventKind kind, PartialDate start, String country) {
        return new Event(new RecordStamp(UUID.fromString("00000000-0000-0000-0000-000000000001"), 0, null, null),
                kind, "Consultations", null, null, null, List.of(), null, country, null, start, null, null, null,
                List.of(), List.of(), List.of());
    }
}
