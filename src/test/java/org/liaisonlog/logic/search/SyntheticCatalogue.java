package org.liaisonlog.logic.search;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.liaisonlog.logic.catalogue.Catalogue;
import org.liaisonlog.logic.reference.ReferenceData;
import org.liaisonlog.model.attendance.Attendance;
import org.liaisonlog.model.attendance.AttendanceStatus;
import org.liaisonlog.model.attendance.Capacity;
import org.liaisonlog.model.common.PartialDate;
import org.liaisonlog.model.common.RecordStamp;
import org.liaisonlog.model.event.Event;
import org.liaisonlog.model.event.EventKind;
import org.liaisonlog.model.event.Source;
import org.liaisonlog.model.organisation.Organisation;
import org.liaisonlog.model.organisation.OrganisationKind;
import org.liaisonlog.model.person.Person;
import org.liaisonlog.model.theme.Theme;
import org.liaisonlog.model.trip.Trip;
import org.liaisonlog.model.trip.TripLeg;
import org.liaisonlog.model.trip.TripStatus;

/**
 * A small, fixed catalogue for the search tests, added beside the reference data: people with
 * Cyrillic and Latin names in several transliterations, organisations with acronyms and other
 * names, events in Tashkent, Bishkek and elsewhere with organisers, themes and attendance.
 */
final class SyntheticCatalogue {

    final UUID unodc = ReferenceData.keyId("organisation", "unodc");
    final UUID csto = ReferenceData.keyId("organisation", "csto");
    final UUID osce = ReferenceData.keyId("organisation", "osce");
    final UUID drugsTheme = ReferenceData.keyId("theme", "drugs");
    final UUID opiatesTheme = ReferenceData.keyId("theme", "drugs.opiates");
    final UUID terrorismTheme = ReferenceData.keyId("theme", "terrorism");
    final Organisation borderGuards;
    final Person shcherbakov;
    final Person scherbakow;
    final Person cyrillicShcherbakov;
    final Person yakovleva;
    final Person khabibullin;
    final Person yeltsov;
    final Person tsoi;
    final Person vasilyev;
    final Person obedkova;
    final Event tashkentMeeting;
    final Event bishkekWorkshop;
    final Event almatyConference;
    final Event cyrillicTashkent;
    final Event ivoryCoast;
    final Event geneva;
    final Event roundTable;
    final Trip bishkekTrip;
    final List<Event> events = new ArrayList<>();

    SyntheticCatalogue(Catalogue catalogue) {
        borderGuards = catalogue.organisations().insert(new Organisation(RecordStamp.fresh(),
                "State Border Guard Service of the Kyrgyz Republic", "Пограничная служба Кыргызской Республики",
                "SBGS", List.of("Border Service of Kyrgyzstan", "ГПС КР"), OrganisationKind.GOVERNMENT_BODY, "KG",
                null, null));
        shcherbakov = person(catalogue, "Sergei Shcherbakov", List.of(), "Head of Division", csto, "RU");
        scherbakow = person(catalogue, "Dmitri Scherbakow", List.of(), "Analyst", unodc, "DE");
        cyrillicShcherbakov = person(catalogue, "Щербаков Андрей Викторович", List.of(), "Эксперт", null, "RU");
        yakovleva = person(catalogue, "Юлия Яковлева", List.of(), "Специалист", borderGuards.id(), "KG");
        khabibullin = person(catalogue, "Rustam Khabibullin", List.of("Рустам Хабибуллин"), "Liaison officer",
                osce, "UZ");
        yeltsov = person(catalogue, "Евгений Ельцов", List.of(), "Советник", csto, "RU");
        tsoi = person(catalogue, "Viacheslav Tsoi", List.of(), "Inspector", borderGuards.id(), "KG");
        vasilyev = person(catalogue, "Valery Vasilyev", List.of(), "Deputy Director", unodc, "RU");
        obedkova = person(catalogue, "Наталья Объедкова", List.of(), "Переводчик", null, "RU");

        tashkentMeeting = event(catalogue, EventKind.MEETING, "Regional meeting on illicit drug trafficking",
                "Tashkent", "UZ", LocalDate.of(2016, 5, 10), LocalDate.of(2016, 5, 11), List.of(unodc),
                List.of(opiatesTheme),
                "Heroin routes through Central Asia were discussed; the participants agreed on joint operations.",
                List.of(attended(csto, null, Capacity.REGIONAL_STRUCTURE, null),
                        attended(unodc, vasilyev.id(), Capacity.ORGANISER, null),
                        attended(null, shcherbakov.id(), Capacity.OTHER, "RU"),
                        attended(null, null, Capacity.MEMBER_STATE, "UZ")));
        bishkekWorkshop = event(catalogue, EventKind.WORKSHOP, "Workshop on border security", "Bishkek", "KG",
                LocalDate.of(2019, 3, 1), LocalDate.of(2019, 3, 2), List.of(csto), List.of(terrorismTheme),
                "Border guards exchanged practice on controlling the mountain passes.",
                List.of(attended(csto, yeltsov.id(), Capacity.ORGANISER, null),
                        attended(borderGuards.id(), tsoi.id(), Capacity.HOST, "KG"),
                        new Attendance(UUID.randomUUID(), unodc, null, null, Capacity.UN_ENTITY, null, null, null,
                                AttendanceStatus.EXCUSED, null)));
        almatyConference = event(catalogue, EventKind.CONFERENCE, "International conference on cyber threats",
                "Almaty", "KZ", LocalDate.of(2015, 9, 20), LocalDate.of(2015, 9, 22), List.of(osce),
                List.of(terrorismTheme),
                "Experts looked at the use of the Internet by terrorists and at cross-border cyber crime.",
                List.of(attended(unodc, scherbakow.id(), Capacity.UN_ENTITY, null),
                        attended(csto, null, Capacity.REGIONAL_STRUCTURE, null),
                        attended(osce, khabibullin.id(), Capacity.ORGANISER, "UZ"),
                        attended(null, null, Capacity.MEMBER_STATE, "KZ")));
        cyrillicTashkent = event(catalogue, EventKind.MEETING, "Совещание по противодействию наркотикам",
                "Ташкент", "UZ", LocalDate.of(2017, 2, 14), null, List.of(csto), List.of(drugsTheme),
                "Совещание руководителей антинаркотических ведомств.",
                List.of(attended(csto, cyrillicShcherbakov.id(), Capacity.ORGANISER, "RU"),
                        attended(null, obedkova.id(), Capacity.OTHER, null),
                        attended(unodc, null, Capacity.OBSERVER, null)));
        ivoryCoast = event(catalogue, EventKind.VISIT, "Liaison visit to Abidjan", "Abidjan", "CI",
                LocalDate.of(2020, 1, 15), null, List.of(unodc), List.of(drugsTheme),
                "Cocaine trafficking across West Africa.",
                List.of(attended(unodc, null, Capacity.ORGANISER, null)));
        geneva = event(catalogue, EventKind.MEETING, "Réunion régionale à Genève", "Genève", "CH",
                LocalDate.of(2021, 6, 3), null, List.of(osce), List.of(),
                "Échange de vues sur la coopération.",
                List.of(attended(osce, null, Capacity.ORGANISER, null), attended(unodc, null, Capacity.UN_ENTITY, null)));
        roundTable = event(catalogue, EventKind.ROUND_TABLE, "Anti-money-laundering (AML) round-table: lessons learnt",
                "Dushanbe", "TJ", LocalDate.of(2022, 11, 8), null, List.of(unodc),
                List.of(ReferenceData.keyId("theme", "aml-cft")),
                "Financial intelligence units compared cases.",
                List.of(attended(unodc, vasilyev.id(), Capacity.ORGANISER, null),
                        attended(csto, null, Capacity.OBSERVER, "TJ")));
        bishkekTrip = catalogue.trips().insert(new Trip(RecordStamp.fresh(), List.of(yakovleva.id()),
                "Consultations with the border service", List.of(new TripLeg(UUID.randomUUID(), "Bishkek", "KG",
                LocalDate.of(2019, 2, 28), LocalDate.of(2019, 3, 3))), List.of(bishkekWorkshop.id()),
                TripStatus.DONE, "The consultations on mountain passes went well.", null));
    }

    private static Person person(Catalogue catalogue, String name, List<String> spellings, String position,
                                 UUID organisation, String country) {
        return catalogue.people().insert(new Person(RecordStamp.fresh(), name, spellings, null, position,
                organisation, country, null));
    }

    private Event event(Catalogue catalogue, EventKind kind, String title, String city, String country,
                        LocalDate start, LocalDate end, List<UUID> organisers, List<UUID> themes, String summary,
                        List<Attendance> attendance) {
        Event event = catalogue.events().insert(new Event(RecordStamp.fresh(), kind, title, null, null, null,
                organisers, city, country, null, PartialDate.ofDay(start), end == null ? null : PartialDate.ofDay(end),
                summary, null, themes,
                List.of(new Source(UUID.randomUUID(), null, "Press office", start, summary)), attendance));
        events.add(event);
        return event;
    }

    private static Attendance attended(UUID organisation, UUID person, Capacity capacity, String country) {
        return new Attendance(UUID.randomUUID(), organisation, person, null, capacity, country, null, null,
                AttendanceStatus.ATTENDED, null);
    }
}
