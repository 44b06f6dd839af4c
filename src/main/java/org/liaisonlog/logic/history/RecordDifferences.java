package org.liaisonlog.logic.history;

import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.liaisonlog.model.event.Event;
import org.liaisonlog.model.history.ChangeEntry.FieldChange;
import org.liaisonlog.model.organisation.Organisation;
import org.liaisonlog.model.person.Person;
import org.liaisonlog.model.theme.Theme;
import org.liaisonlog.model.trip.Trip;

/**
 * What changed between two versions of each kind of record. Field names are the suffixes of the
 * bundle keys {@code history.field.<name>}. Records referred to by key are named through
 * {@code names} (an unknown key gives an empty text).
 */
public final class RecordDifferences {

    private RecordDifferences() {
    }

    public static List<FieldChange> of(Event before, Event after) {
        return new Differences()
                .field("kind", before.kind(), after.kind())
                .field("title", before.title(), after.title())
                .field("series", before.series(), after.series())
                .field("edition", before.edition(), after.edition())
                .field("motto", before.motto(), after.motto())
                .count("organisers", before.organiserIds(), after.organiserIds())
                .field("city", before.city(), after.city())
                .field("country", before.countryCode(), after.countryCode())
                .field("venue", before.venue(), after.venue())
                .field("start", date(before.start()), date(after.start()))
                .field("end", date(before.end()), date(after.end()))
                .field("summary", before.summary(), after.summary())
                .field("outcomes", before.outcomes(), after.outcomes())
                .count("themes", before.themeIds(), after.themeIds())
                .count("sources", before.sources(), after.sources())
                .count("participants", before.attendance(), after.attendance())
                .build();
    }

    public static List<FieldChange> of(Trip before, Trip after) {
        return new Differences()
                .count("travellers", before.travellerIds(), after.travellerIds())
                .field("purpose", before.purpose(), after.purpose())
                .count("legs", before.legs(), after.legs())
                .count("events", before.eventIds(), after.eventIds())
                .field("status", before.status(), after.status())
                .field("report", before.report(), after.report())
                .field("followUp", before.followUp(), after.followUp())
                .build();
    }

    public static List<FieldChange> of(Person before, Person after, Function<UUID, String> names) {
        return new Differences()
                .field("name", before.name(), after.name())
                .names("otherSpellings", before.otherSpellings(), after.otherSpellings())
                .field("honorific", before.honorific(), after.honorific())
                .field("position", before.position(), after.position())
                .field("organisation", name(names, before.organisationId()), name(names, after.organisationId()))
                .field("country", before.countryCode(), after.countryCode())
                .field("notes", before.notes(), after.notes())
                .build();
    }

    public static List<FieldChange> of(Organisation before, Organisation after, Function<UUID, String> names) {
        return new Differences()
                .field("name", before.name(), after.name())
                .field("nameRu", before.nameRu(), after.nameRu())
                .field("acronym", before.acronym(), after.acronym())
                .names("otherNames", before.otherNames(), after.otherNames())
                .field("kind", before.kind(), after.kind())
                .field("country", before.countryCode(), after.countryCode())
                .field("parent", name(names, before.parentId()), name(names, after.parentId()))
                .field("notes", before.notes(), after.notes())
                .build();
    }

    public static List<FieldChange> of(Theme before, Theme after, Function<UUID, String> names) {
        return new Differences()
                .field("nameEn", before.nameEn(), after.nameEn())
                .field("nameRu", before.nameRu(), after.nameRu())
                .field("parent", name(names, before.parentId()), name(names, after.parentId()))
                .build();
    }

    private static String name(Function<UUID, String> names, UUID id) {
        return id == null ? "" : names.apply(id);
    }

    private static String date(org.liaisonlog.model.common.PartialDate date) {
        if (date == null) {
            return "";
        }
        return switch (date.precision()) {
            case DAY -> date.date().toString();
            case MONTH -> date.date().toString().substring(0, 7);
            case YEAR -> String.valueOf(date.date().getYear());
        };
    }
}
