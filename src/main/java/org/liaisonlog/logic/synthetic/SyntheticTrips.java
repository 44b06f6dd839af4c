package org.liaisonlog.logic.synthetic;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.liaisonlog.model.common.RecordStamp;
import org.liaisonlog.model.organisation.Organisation;
import org.liaisonlog.model.person.Person;
import org.liaisonlog.model.theme.Theme;
import org.liaisonlog.model.trip.Trip;
import org.liaisonlog.model.trip.TripLeg;
import org.liaisonlog.model.trip.TripStatus;

/**
 * Made-up official trips of the centre's own staff (a few dozen people who travel again and
 * again): most to one or two events, with one to three legs around them, a purpose and, once
 * done, a report; some working visits without an event.
 */
final class SyntheticTrips {

    /** What a trip needs to know of an event it goes to. */
    record EventStop(UUID id, String title, String city, String countryCode, LocalDate from, LocalDate to) {
    }

    private static final int STAFF = 60;

    private final Draw draw;
    private final List<Person> staff;
    private final List<Organisation> organisations;
    private final List<Theme> themes;

    SyntheticTrips(Draw draw, List<Person> people, List<Organisation> organisations, List<Theme> themes) {
        this.draw = draw;
        Set<Person> chosen = new LinkedHashSet<>();
        while (chosen.size() < Math.min(STAFF, people.size())) {
            chosen.add(draw.pick(people));
        }
        this.staff = List.copyOf(chosen);
        this.organisations = organisations;
        this.themes = themes;
    }

    /** One trip, to the stops given (events with a known day, in time order), or a working visit when there are none. */
    Trip trip(List<EventStop> stops) {
        Set<UUID> travellers = new LinkedHashSet<>();
        int count = draw.chance(0.6) ? 1 : draw.between(2, 3);
        while (travellers.size() < Math.min(count, staff.size())) {
            travellers.add(draw.pickSkewed(staff).id());
        }
        List<TripLeg> legs = new ArrayList<>();
        String purpose;
        if (stops.isEmpty()) {
            SyntheticTexts.Place place = draw.pick(SyntheticTexts.CITIES);
            LocalDate from = LocalDate.of(SyntheticEvents.LAST_YEAR - draw.nextInt(20), 1, 1)
                    .plusDays(draw.nextInt(360));
            legs.add(new TripLeg(draw.uuid(), place.en(), place.country(), from, from.plusDays(draw.between(1, 5))));
            purpose = fill(draw.pick(SyntheticTexts.VISIT_PURPOSES), null, place);
        } else {
            for (EventStop stop : stops) {
                legs.add(new TripLeg(draw.uuid(), stop.city(), stop.countryCode(), stop.from().minusDays(1),
                        (stop.to() == null ? stop.from() : stop.to()).plusDays(draw.between(0, 1))));
            }
            purpose = fill(draw.pick(SyntheticTexts.EVENT_PURPOSES), stops.get(0).title(), null);
        }
        double p = draw.nextDouble();
        TripStatus status = p < 0.92 ? TripStatus.DONE : p < 0.96 ? TripStatus.CANCELLED : TripStatus.PLANNED;
        String report = status == TripStatus.DONE && draw.chance(0.85)
                ? SyntheticTexts.sentences(draw, SyntheticTexts.REPORT_SENTENCES, 3, 8) : null;
        String followUp = report != null && draw.chance(0.4)
                ? SyntheticTexts.sentences(draw, SyntheticTexts.REPORT_SENTENCES, 1, 2) : null;
        return new Trip(new RecordStamp(draw.uuid(), 0, null, null), List.copyOf(travellers), purpose, legs,
                stops.stream().map(EventStop::id).toList(), status, report, followUp);
    }

    private String fill(String pattern, String event, SyntheticTexts.Place place) {
        boolean russian = pattern.chars().anyMatch(c -> Character.UnicodeBlock.of(c) == Character.UnicodeBlock.CYRILLIC);
        return pattern.replace("{event}", event == null ? "" : event)
                .replace("{city}", place == null ? "" : place.name(russian))
                .replace("{org}", draw.pickSkewed(organisations).name())
                .replace("{theme}", draw.pick(themes).nameEn().toLowerCase(Locale.ROOT));
    }
}
