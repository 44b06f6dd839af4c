package org.liaisonlog.logic.search;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import org.liaisonlog.model.attendance.AttendanceStatus;
import org.liaisonlog.model.attendance.Capacity;
import org.liaisonlog.model.common.PartialDate;
import org.liaisonlog.model.event.EventKind;

/**
 * Bulk reading of the catalogue for the search index: every record of a kind (or those with the
 * given ids) streamed to a consumer, with what the index needs and nothing more, so that 100 000
 * events with a million attendance lines are read in seconds without being held in memory.
 * {@code ids == null} means all records; records not found are simply not passed on.
 */
public interface SearchSource {

    List<CountryRow> countries();

    void themes(Set<UUID> ids, Consumer<ThemeRow> consumer);

    void organisations(Set<UUID> ids, Consumer<OrganisationRow> consumer);

    void people(Set<UUID> ids, Consumer<PersonRow> consumer);

    void events(Set<UUID> ids, Consumer<EventRow> consumer);

    void trips(Set<UUID> ids, Consumer<TripRow> consumer);

    /** How many records of a kind there are (for progress). */
    long count(RecordKind kind);

    record CountryRow(String code, String nameEn, String nameRu, List<String> otherNames) {
    }

    record ThemeRow(UUID id, UUID parentId, String nameEn, String nameRu) {
    }

    record OrganisationRow(UUID id, String name, String nameRu, String acronym, List<String> otherNames,
                           String kind, String countryCode) {
    }

    record PersonRow(UUID id, String name, List<String> otherSpellings, String honorific, String position,
                     UUID organisationId, String countryCode) {
    }

    /** One attendance line of an event: who, for which country, in what capacity, and whether there. */
    record AttendanceRow(UUID organisationId, UUID personId, String countryCode, String description,
                         Capacity capacity, AttendanceStatus status) {
    }

    /** A source of an event: its publisher and text. */
    record SourceRow(String publisher, String text) {
    }

    record EventRow(UUID id, EventKind kind, String title, String series, String motto, String city,
                    String countryCode, String venue, PartialDate start, PartialDate end, String summary,
                    String outcomes, List<UUID> organiserIds, List<UUID> themeIds, List<SourceRow> sources,
                    List<AttendanceRow> attendance) {
    }

    record LegRow(String city, String countryCode, LocalDate from, LocalDate to) {
    }

    record TripRow(UUID id, String purpose, String status, String report, String followUp, List<UUID> travellerIds,
                   List<LegRow> legs) {
    }
}
