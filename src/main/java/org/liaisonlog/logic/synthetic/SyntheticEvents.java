package org.liaisonlog.logic.synthetic;

import static org.liaisonlog.logic.synthetic.SyntheticTexts.CITIES;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.liaisonlog.logic.reference.ReferenceData;
import org.liaisonlog.logic.synthetic.SyntheticTexts.Place;
import org.liaisonlog.model.attendance.Attendance;
import org.liaisonlog.model.attendance.AttendanceStatus;
import org.liaisonlog.model.attendance.Capacity;
import org.liaisonlog.model.attendance.ParticipantRole;
import org.liaisonlog.model.common.Country;
import org.liaisonlog.model.common.PartialDate;
import org.liaisonlog.model.common.RecordStamp;
import org.liaisonlog.model.event.Event;
import org.liaisonlog.model.event.EventKind;
import org.liaisonlog.model.event.Source;
import org.liaisonlog.model.organisation.Organisation;
import org.liaisonlog.model.organisation.OrganisationKind;
import org.liaisonlog.model.person.Person;
import org.liaisonlog.model.theme.Theme;

/**
 * Made-up events of realistic shape: three in four belong to a series (with rising editions),
 * the rest are one-off workshops, seminars and visits; about one title in ten is Cyrillic; 2–40
 * attendance lines an event, about 10 on average. A few organisations and people (the shipped
 * organisations first of all) turn up at many events, most at a few.
 */
final class SyntheticEvents {

    /** The last year events are dated in. */
    static final int LAST_YEAR = 2024;

    private final Draw draw;
    private final List<Organisation> organisations;
    private final List<Organisation> governmentBodies;
    private final List<Theme> themes;
    private final List<Country> countries;
    private final List<Person> people;
    private final List<SyntheticSeries> englishSeries;
    private final List<SyntheticSeries> russianSeries = SyntheticSeries.inRussian();
    private final Map<SyntheticSeries, Integer> editions = new HashMap<>();
    int attendance;
    int organiserLinks;
    int themeLinks;
    int sources;
    int cyrillicTitles;
    UUID largest;
    int largestLines;

    /**
     * @param organisations all organisations, the shipped ones first (they turn up most often)
     * @param shippedThemes the shipped taxonomy (series name their themes by its keys)
     */
    SyntheticEvents(Draw draw, List<Organisation> organisations, List<Theme> shippedThemes, List<Theme> themes,
            List<Country> countries, List<Person> people) {
        this.draw = draw;
        this.organisations = organisations;
        this.governmentBodies = organisations.stream()
                .filter(o -> o.kind() == OrganisationKind.GOVERNMENT_BODY)
                .toList();
        this.themes = themes;
        this.countries = countries;
        this.people = people;
        this.englishSeries = SyntheticSeries.inEnglish(shippedThemes);
    }

    /** Start dates, oldest first (so editions rise with time): mostly days, some months or years, a few unknown. */
    List<PartialDate> starts(int events, int years) {
        LocalDate first = LocalDate.of(LAST_YEAR - years + 1, 1, 1);
        int days = (int) (LocalDate.of(LAST_YEAR + 1, 1, 1).toEpochDay() - first.toEpochDay());
        List<PartialDate> starts = new ArrayList<>(events);
        for (int i = 0; i < events; i++) {
            LocalDate day = first.plusDays(draw.nextInt(days));
            double p = draw.nextDouble();
            starts.add(p < 0.003 ? null
                    : p < 0.85 ? PartialDate.ofDay(day)
                    : p < 0.95 ? PartialDate.ofMonth(day.getYear(), day.getMonthValue())
                    : PartialDate.ofYear(day.getYear()));
        }
        starts.sort(Comparator.nullsLast(Comparator.naturalOrder()));
        return starts;
    }

    Event event(PartialDate start) {
        boolean inSeries = draw.chance(0.75);
        boolean russian = draw.chance(0.1);
        SyntheticSeries series = draw.pick(russian ? russianSeries : englishSeries);
        Place place = pickPlace(inSeries ? series.region() : List.of());
        Theme mainTheme = draw.pick(themes);
        String title;
        EventKind kind;
        Integer edition = null;
        if (inSeries) {
            kind = series.kind();
            int next = editions.merge(series, 1, Integer::sum);
            if (series.style() != SyntheticSeries.Style.YEAR && draw.chance(0.9)) {
                edition = next;
            }
            title = series.eventTitle(edition, start == null ? LAST_YEAR : start.date().getYear());
        } else {
            SyntheticTexts.OneOff oneOff = draw.pick(russian ? SyntheticTexts.ONE_OFFS_RU : SyntheticTexts.ONE_OFFS);
            kind = oneOff.kind();
            title = oneOff.title(mainTheme.name(russian ? "ru" : "en"), place == null ? "" : place.name(russian),
                    draw.pickSkewed(organisations).name());
        }
        cyrillicTitles += russian ? 1 : 0;
        List<UUID> organiserIds = organisers(inSeries ? series : null, place);
        List<UUID> themeIds = themes(inSeries ? series : null, mainTheme);
        List<Attendance> lines = attendance(place);
        List<Source> eventSources = sources(start);
        organiserLinks += organiserIds.size();
        themeLinks += themeIds.size();
        attendance += lines.size();
        sources += eventSources.size();
        Event event = new Event(new RecordStamp(draw.uuid(), 0, null, null), kind, title,
                inSeries ? series.title() : null, edition,
                kind == EventKind.CONFERENCE && draw.chance(0.3) ? draw.pick(SyntheticTexts.MOTTOS) : null,
                organiserIds, place == null ? null : place.name(russian && draw.chance(0.7)),
                place == null ? null : place.country(),
                draw.chance(0.35) ? draw.pick(SyntheticTexts.VENUES) : null, start, end(start),
                draw.chance(0.6) ? sentences(2, 6) : null, draw.chance(0.3) ? sentences(1, 3) : null,
                themeIds, eventSources, lines);
        if (largest == null || lines.size() > largestLines) {
            largest = event.id();
            largestLines = lines.size();
        }
        return event;
    }

    private PartialDate end(PartialDate start) {
        if (start == null || draw.chance(0.4)) {
            return null;
        }
        return switch (start.precision()) {
            case DAY -> PartialDate.ofDay(start.date().plusDays(draw.nextInt(5)));
            case MONTH, YEAR -> start;
        };
    }

    /** 1–3 organisers: the series' own first, sometimes a body of the host country. */
    private List<UUID> organisers(SyntheticSeries series, Place place) {
        Set<UUID> ids = new LinkedHashSet<>();
        if (series != null) {
            series.organisers().stream().limit(1 + draw.nextInt(series.organisers().size()))
                    .forEach(key -> ids.add(ReferenceData.keyId("organisation", key)));
        } else {
            ids.add(draw.pickSkewed(organisations).id());
        }
        int wanted = Math.min(3, ids.size() + (draw.chance(0.45) ? 1 + draw.nextInt(2) : 0));
        while (ids.size() < wanted) {
            ids.add(draw.pickSkewed(draw.chance(0.7) ? governmentBodies : organisations).id());
        }
        return List.copyOf(ids);
    }

    /** 1–4 themes: some of the series' themes, or the one-off's own theme, and maybe others. */
    private List<UUID> themes(SyntheticSeries series, Theme mainTheme) {
        Set<UUID> ids = new LinkedHashSet<>();
        if (series != null) {
            series.themes().stream().limit(1 + draw.nextInt(Math.min(3, series.themes().size())))
                    .forEach(key -> ids.add(ReferenceData.keyId("theme", key)));
        } else {
            ids.add(mainTheme.id());
        }
        int wanted = Math.min(4, ids.size() + draw.nextInt(3));
        while (ids.size() < wanted) {
            ids.add(draw.pick(themes).id());
        }
        return List.copyOf(ids);
    }

    /** 2–40 lines, skewed towards small meetings (about 10 on average). */
    private List<Attendance> attendance(Place place) {
        int count = 2 + (int) Math.round(38 * Math.pow(draw.nextDouble(), 3.75));
        List<Attendance> lines = new ArrayList<>(count);
        if (place != null) {
            lines.add(line(null, null, null, Capacity.HOST, place.country(), ParticipantRole.HEAD_OF_DELEGATION, null));
        }
        while (lines.size() < count) {
            double p = draw.nextDouble();
            ParticipantRole role = draw.chance(0.5) ? null : draw.pick(ParticipantRole.values());
            if (p < 0.40) {
                Organisation o = draw.pickSkewed(organisations);
                lines.add(line(o.id(), null, null, capacityOf(o), o.countryCode(), role, null));
            } else if (p < 0.65) {
                Person who = draw.pickSkewed(people);
                lines.add(line(who.organisationId(), who.id(), null, Capacity.NATIONAL_BODY, who.countryCode(), role,
                        draw.chance(0.7) ? who.position() : null));
            } else if (p < 0.95) {
                lines.add(line(null, null, null, draw.pick(List.of(Capacity.MEMBER_STATE, Capacity.MEMBER_STATE,
                        Capacity.OBSERVER, Capacity.DIALOGUE_PARTNER)), pickCountry(), null, null));
            } else {
                lines.add(line(null, null, draw.pick(SyntheticTexts.DESCRIPTIONS), Capacity.OTHER, null, null, null));
            }
        }
        return lines;
    }

    private Attendance line(UUID organisationId, UUID personId, String description, Capacity capacity,
            String countryCode, ParticipantRole role, String title) {
        double p = draw.nextDouble();
        AttendanceStatus status = p < 0.92 ? AttendanceStatus.ATTENDED : p < 0.97 ? AttendanceStatus.EXCUSED
                : AttendanceStatus.ABSENT;
        return new Attendance(draw.uuid(), organisationId, personId, description, capacity, countryCode, role,
                title, status, draw.chance(0.03) ? sentences(1, 1) : null);
    }

    private static Capacity capacityOf(Organisation o) {
        return switch (o.kind()) {
            case GOVERNMENT_BODY -> Capacity.MEMBER_STATE;
            case UN_ENTITY -> Capacity.UN_ENTITY;
            case REGIONAL_ORGANISATION -> Capacity.REGIONAL_STRUCTURE;
            case INTERNATIONAL_ORGANISATION -> Capacity.INTERNATIONAL_ORGANISATION;
            default -> Capacity.OTHER_ORGANISATION;
        };
    }

    /** Two in five events have a press release pasted in, a few have two. */
    private List<Source> sources(PartialDate start) {
        int count = draw.chance(0.4) ? (draw.chance(0.2) ? 2 : 1) : 0;
        List<Source> list = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Organisation publisher = draw.pickSkewed(organisations);
            list.add(new Source(draw.uuid(), "https://press.example.org/news/" + draw.nextInt(1_000_000),
                    publisher.name(), start == null ? null : start.date().plusDays(draw.nextInt(10)),
                    sentences(4, 16)));
        }
        return list;
    }

    private Place pickPlace(List<String> region) {
        if (draw.chance(0.04)) {
            return null; // an online meeting, or a place the source does not give
        }
        List<Place> places = region.isEmpty() || draw.chance(0.15) ? CITIES
                : CITIES.stream().filter(c -> region.contains(c.country())).toList();
        return draw.pick(places.isEmpty() ? CITIES : places);
    }

    /** Mostly the countries of the region's organisations, sometimes any country at all. */
    private String pickCountry() {
        return draw.chance(0.8) ? draw.pick(CITIES).country() : draw.pick(countries).code();
    }

    String sentences(int min, int max) {
        return SyntheticTexts.sentences(draw, SyntheticTexts.SENTENCES, min, max);
    }
}
