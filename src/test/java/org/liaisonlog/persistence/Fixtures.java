package org.liaisonlog.persistence;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.liaisonlog.logic.catalogue.Catalogue;
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

/** A small catalogue to test with: countries, organisations, a person, themes and events. */
final class Fixtures {

    final Organisation rats;
    final Organisation unodc;
    final Organisation ministry;
    final Person speaker;
    final Theme terrorism;
    final Theme internet;
    final Theme drugs;

    private Fixtures(Catalogue catalogue) {
        catalogue.countries().insertAll(List.of(
                new Country("UZ", "Uzbekistan", "Узбекистан", List.of("Republic of Uzbekistan")),
                new Country("KZ", "Kazakhstan", "Казахстан", List.of()),
                new Country("RU", "Russia", "Россия", List.of("Russian Federation", "Российская Федерация"))));
        rats = catalogue.organisations().insert(organisation(
                "Regional Anti-Terrorist Structure of the Shanghai Cooperation Organisation", "RATS SCO"));
        unodc = catalogue.organisations().insert(organisation("United Nations Office on Drugs and Crime", "UNODC"));
        ministry = catalogue.organisations().insert(organisation("Ministry of Internal Affairs of Uzbekistan", null));
        speaker = catalogue.people().insert(new Person(RecordStamp.fresh(), "Evgeny Sysoev",
                List.of("Евгений Сысоев", "Yevgeny Sysoyev"), "Mr", "Director", rats.id(), "RU", "notes"));
        terrorism = catalogue.themes().insert(theme(null, "Counter-terrorism", 1));
        internet = catalogue.themes().insert(theme(terrorism.id(), "Use of the Internet for terrorist purposes", 1));
        drugs = catalogue.themes().insert(theme(null, "Drug trafficking", 2));
    }

    /** Fills the catalogue with the fixtures every event refers to. */
    static Fixtures seed(Catalogue catalogue) {
        return new Fixtures(catalogue);
    }

    static Organisation organisation(String name, String acronym) {
        return new Organisation(RecordStamp.fresh(), name, null, acronym, List.of(), OrganisationKind.OTHER,
                null, null, null);
    }

    static Theme theme(UUID parentId, String name, int sortOrder) {
        return new Theme(RecordStamp.fresh(), parentId, null, name, null, sortOrder);
    }

    /**
     * The Tashkent conference: a month-precision start, two organisers, two themes, a source and
     * four attendance lines (one excused).
     */
    Event conference() {
        return new Event(RecordStamp.fresh(), EventKind.CONFERENCE,
                "Sixth Scientific and Practical Conference of RATS SCO", "Scientific and Practical Conference", 6,
                "Combating Terrorism – Cooperation without Borders",
                List.of(rats.id(), ministry.id()), "Tashkent", "UZ", "Hotel Uzbekistan",
                PartialDate.ofMonth(2018, 4), PartialDate.ofMonth(2018, 4),
                "Summary text", "Outcomes text",
                List.of(terrorism.id(), internet.id()),
                List.of(new Source(UUID.randomUUID(), "https://example.org/press/1", "RATS SCO press service",
                        LocalDate.of(2018, 4, 20), "Pasted press release")),
                List.of(
                        line(rats.id(), null, null, Capacity.HOST, "UZ", ParticipantRole.HEAD_OF_DELEGATION,
                                AttendanceStatus.ATTENDED),
                        new Attendance(UUID.randomUUID(), rats.id(), speaker.id(), null, Capacity.SECRETARIAT, null,
                                ParticipantRole.SPEAKER, "Director of the Executive Committee",
                                AttendanceStatus.ATTENDED, "Opened the conference"),
                        line(null, null, null, Capacity.MEMBER_STATE, "KZ", null, AttendanceStatus.ATTENDED),
                        line(null, null, "Competent bodies of the member states", Capacity.OTHER, null, null,
                                AttendanceStatus.EXCUSED)));
    }

    /** A plain event known only to the year, with nothing attached. */
    static Event yearOnly(String title, int year, String city) {
        return new Event(RecordStamp.fresh(), EventKind.MEETING, title, null, null, null, List.of(), city, null,
                null, PartialDate.ofYear(year), null, null, null, List.of(), List.of(), List.of());
    }

    static Attendance line(UUID organisationId, UUID personId, String description, Capacity capacity,
            String countryCode, ParticipantRole role, AttendanceStatus status) {
        return new Attendance(UUID.randomUUID(), organisationId, personId, description, capacity, countryCode, role,
                null, status, null);
    }
}
