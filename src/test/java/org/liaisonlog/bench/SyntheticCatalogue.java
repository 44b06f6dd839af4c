package org.liaisonlog.bench;

import static org.liaisonlog.bench.SyntheticTexts.CITIES;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.liaisonlog.bench.SyntheticTexts.Place;
import org.liaisonlog.logic.reference.ReferenceData;
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
import org.liaisonlog.persistence.BulkEvents;
import org.liaisonlog.persistence.H2Catalogue;

/**
 * Fills a new catalogue with made-up events of realistic shape on top of the shipped reference
 * data: three in four events belong to a series (with rising editions), the rest are one-off
 * workshops, seminars and visits; about one title in ten is Cyrillic; 2–40 attendance lines an
 * event, most events near 10. The same seed gives the same catalogue.
 */
final class SyntheticCatalogue {

    /** What to make: {@code events} over the {@code years} up to and including 2024. */
    record Shape(int events, int years, long seed) {
    }

    /** What was made, and the event with the most attendance lines (for opening one). */
    record Made(int events, int attendance, int organiserLinks, int themeLinks, int sources, int people,
            int cyrillicTitles, UUID largestEvent, int largestEventLines) {
    }

    private static final int LAST_YEAR = 2024;
    private static final int PEOPLE = 600;
    private static final int BATCH = 2_000;

    private final Random random;
    private final List<Organisation> organisations;
    private final List<Organisation> governmentBodies;
    private final List<Theme> themes;
    private final List<Country> countries;
    private final List<Person> people = new ArrayList<>();
    private final List<SyntheticSeries> englishSeries;
    private final List<SyntheticSeries> russianSeries = SyntheticSeries.inRussian();
    private final Map<SyntheticSeries, Integer> editions = new HashMap<>();
    private int attendance;
    private int organiserLinks;
    private int themeLinks;
    private int sources;
    private int cyrillic;
    private Event largest;

    private SyntheticCatalogue(Random random, List<Organisation> organisations, List<Theme> themes,
            List<Country> countries) {
        this.random = random;
        this.organisations = organisations;
        this.governmentBodies = organisations.stream()
                .filter(o -> o.kind() == OrganisationKind.GOVERNMENT_BODY)
                .toList();
        this.themes = themes;
        this.countries = countries;
        this.englishSeries = SyntheticSeries.inEnglish(themes);
    }

    static Made fill(H2Catalogue catalogue, Shape shape) {
        ReferenceData.loadInto(catalogue);
        SyntheticCatalogue maker = new SyntheticCatalogue(new Random(shape.seed()), catalogue.organisations().findAll(),
                catalogue.themes().findAll(), catalogue.countries().findAll());
        catalogue.transactions().inTransaction(() -> {
            for (int i = 0; i < PEOPLE; i++) {
                maker.people.add(catalogue.people().insert(maker.person()));
            }
        });
        List<PartialDate> starts = maker.starts(shape);
        for (int from = 0; from < starts.size(); from += BATCH) {
            List<Event> batch = new ArrayList<>(BATCH);
            for (PartialDate start : starts.subList(from, Math.min(starts.size(), from + BATCH))) {
                batch.add(maker.event(start));
            }
            BulkEvents.insertAll(catalogue, batch);
        }
        return new Made(starts.size(), maker.attendance, maker.organiserLinks, maker.themeLinks, maker.sources,
                PEOPLE, maker.cyrillic, maker.largest.id(), maker.largest.attendance().size());
    }

    /** Start dates, oldest first (so editions rise with time): mostly days, some months or years, a few unknown. */
    private List<PartialDate> starts(Shape shape) {
        LocalDate first = LocalDate.of(LAST_YEAR - shape.years() + 1, 1, 1);
        int days = (int) (LocalDate.of(LAST_YEAR + 1, 1, 1).toEpochDay() - first.toEpochDay());
        List<PartialDate> starts = new ArrayList<>(shape.events());
        for (int i = 0; i < shape.events(); i++) {
            LocalDate day = first.plusDays(random.nextInt(days));
            double p = random.nextDouble();
            starts.add(p < 0.003 ? null
                    : p < 0.85 ? PartialDate.ofDay(day)
                    : p < 0.95 ? PartialDate.ofMonth(day.getYear(), day.getMonthValue())
                    : PartialDate.ofYear(day.getYear()));
        }
        starts.sort(Comparator.nullsLast(Comparator.naturalOrder()));
        return starts;
    }

    private Event event(PartialDate start) {
        boolean inSeries = chance(0.75);
        boolean russian = chance(0.1);
        SyntheticSeries series = pick(russian ? russianSeries : englishSeries);
        Place place = pickPlace(inSeries ? series.region() : List.of());
        Theme mainTheme = pick(themes);
        String title;
        EventKind kind;
        Integer edition = null;
        if (inSeries) {
            kind = series.kind();
            int next = editions.merge(series, 1, Integer::sum);
            if (series.style() != SyntheticSeries.Style.YEAR && chance(0.9)) {
                edition = next;
            }
            title = series.eventTitle(edition, start == null ? LAST_YEAR : start.date().getYear());
        } else {
            SyntheticTexts.OneOff oneOff = pick(russian ? SyntheticTexts.ONE_OFFS_RU : SyntheticTexts.ONE_OFFS);
            kind = oneOff.kind();
            title = oneOff.title(mainTheme.name(russian ? "ru" : "en"), place == null ? "" : place.name(russian),
                    pick(organisations).name());
        }
        cyrillic += russian ? 1 : 0;
        List<UUID> organiserIds = organisers(inSeries ? series : null, place);
        List<UUID> themeIds = themes(inSeries ? series : null, mainTheme);
        List<Attendance> lines = attendance(place);
        List<Source> eventSources = sources(start);
        organiserLinks += organiserIds.size();
        themeLinks += themeIds.size();
        attendance += lines.size();
        sources += eventSources.size();
        Event event = new Event(RecordStamp.fresh(), kind, title, inSeries ? series.title() : null, edition,
                kind == EventKind.CONFERENCE && chance(0.3) ? pick(SyntheticTexts.MOTTOS) : null, organiserIds,
                place == null ? null : place.name(russian && chance(0.7)), place == null ? null : place.country(),
                chance(0.35) ? pick(SyntheticTexts.VENUES) : null, start, end(start),
                chance(0.6) ? sentences(2, 6) : null, chance(0.3) ? sentences(1, 3) : null,
                themeIds, eventSources, lines);
        if (largest == null || lines.size() > largest.attendance().size()) {
            largest = event;
        }
        return event;
    }

    private PartialDate end(PartialDate start) {
        if (start == null || chance(0.4)) {
            return null;
        }
        return switch (start.precision()) {
            case DAY -> PartialDate.ofDay(start.date().plusDays(random.nextInt(5)));
            case MONTH, YEAR -> start;
        };
    }

    /** 1–3 organisers: the series' own first, sometimes a body of the host country. */
    private List<UUID> organisers(SyntheticSeries series, Place place) {
        Set<UUID> ids = new LinkedHashSet<>();
        if (series != null) {
            series.organisers().stream().limit(1 + random.nextInt(series.organisers().size()))
                    .forEach(key -> ids.add(ReferenceData.keyId("organisation", key)));
        } else {
            ids.add(pick(organisations).id());
        }
        int wanted = Math.min(3, ids.size() + (chance(0.45) ? 1 + random.nextInt(2) : 0));
        while (ids.size() < wanted) {
            String host = place == null ? null : place.country();
            List<Organisation> local = governmentBodies.stream()
                    .filter(o -> host != null && host.equals(o.countryCode()))
                    .toList();
            ids.add(pick(local.isEmpty() || chance(0.3) ? organisations : local).id());
        }
        return List.copyOf(ids);
    }

    /** 1–4 themes: some of the series' themes, or the one-off's own theme, and maybe others. */
    private List<UUID> themes(SyntheticSeries series, Theme mainTheme) {
        Set<UUID> ids = new LinkedHashSet<>();
        if (series != null) {
            series.themes().stream().limit(1 + random.nextInt(Math.min(3, series.themes().size())))
                    .forEach(key -> ids.add(ReferenceData.keyId("theme", key)));
        } else {
            ids.add(mainTheme.id());
        }
        int wanted = Math.min(4, ids.size() + random.nextInt(3));
        while (ids.size() < wanted) {
            ids.add(pick(themes).id());
        }
        return List.copyOf(ids);
    }

    /** 2–40 lines, skewed towards small meetings (about 10 on average). */
    private List<Attendance> attendance(Place place) {
        int count = 2 + (int) Math.round(38 * Math.pow(random.nextDouble(), 3.75));
        List<Attendance> lines = new ArrayList<>(count);
        if (place != null) {
            lines.add(line(null, null, null, Capacity.HOST, place.country(), ParticipantRole.HEAD_OF_DELEGATION, null));
        }
        while (lines.size() < count) {
            double p = random.nextDouble();
            ParticipantRole role = chance(0.5) ? null : pick(List.of(ParticipantRole.values()));
            if (p < 0.40) {
                Organisation o = pick(organisations);
                lines.add(line(o.id(), null, null, capacityOf(o), o.countryCode(), role, null));
            } else if (p < 0.65) {
                Person who = pick(people);
                lines.add(line(who.organisationId(), who.id(), null, Capacity.NATIONAL_BODY, who.countryCode(), role,
                        chance(0.7) ? who.position() : null));
            } else if (p < 0.95) {
                lines.add(line(null, null, null, pick(List.of(Capacity.MEMBER_STATE, Capacity.MEMBER_STATE,
                        Capacity.OBSERVER, Capacity.DIALOGUE_PARTNER)), pickCountry(), null, null));
            } else {
                lines.add(line(null, null, pick(SyntheticTexts.DESCRIPTIONS), Capacity.OTHER, null, null, null));
            }
        }
        return lines;
    }

    private Attendance line(UUID organisationId, UUID personId, String description, Capacity capacity,
            String countryCode, ParticipantRole role, String title) {
        double p = random.nextDouble();
        AttendanceStatus status = p < 0.92 ? AttendanceStatus.ATTENDED : p < 0.97 ? AttendanceStatus.EXCUSED
                : AttendanceStatus.ABSENT;
        return new Attendance(UUID.randomUUID(), organisationId, personId, description, capacity, countryCode, role,
                title, status, chance(0.03) ? sentences(1, 1) : null);
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
        int count = chance(0.4) ? (chance(0.2) ? 2 : 1) : 0;
        List<Source> list = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Organisation publisher = pick(organisations);
            list.add(new Source(UUID.randomUUID(), "https://press.example.org/news/" + random.nextInt(1_000_000),
                    publisher.name(), start == null ? null : start.date().plusDays(random.nextInt(10)),
                    sentences(4, 16)));
        }
        return list;
    }

    private Person person() {
        String[] first = pick(SyntheticTexts.FIRST_NAMES);
        String[] last = pick(SyntheticTexts.SURNAMES);
        Organisation body = pick(chance(0.8) ? governmentBodies : organisations);
        return new Person(RecordStamp.fresh(), first[0] + " " + last[0],
                List.of(first[1] + " " + last[1], last[1] + " " + first[1].charAt(0) + "."),
                pick(SyntheticTexts.HONORIFICS), pick(SyntheticTexts.POSITIONS), body.id(),
                body.countryCode() != null ? body.countryCode() : pickCountry(), null);
    }

    private Place pickPlace(List<String> region) {
        if (chance(0.04)) {
            return null; // an online meeting, or a place the source does not give
        }
        List<Place> places = region.isEmpty() || chance(0.15) ? CITIES
                : CITIES.stream().filter(c -> region.contains(c.country())).toList();
        return pick(places.isEmpty() ? CITIES : places);
    }

    /** Mostly the countries of the region's organisations, sometimes any country at all. */
    private String pickCountry() {
        return chance(0.8) ? pick(CITIES).country() : pick(countries).code();
    }

    private String sentences(int min, int max) {
        int count = min + random.nextInt(max - min + 1);
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            text.append(i == 0 ? "" : " ").append(pick(SyntheticTexts.SENTENCES));
        }
        return text.toString();
    }

    private boolean chance(double p) {
        return random.nextDouble() < p;
    }

    private <T> T pick(List<T> list) {
        return list.get(random.nextInt(list.size()));
    }
}
