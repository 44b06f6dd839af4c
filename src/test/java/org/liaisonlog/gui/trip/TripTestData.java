package org.liaisonlog.gui.trip;

import java.time.LocalDate;
import java.util.List;
import org.liaisonlog.logic.catalogue.Catalogue;
import org.liaisonlog.model.common.PartialDate;
import org.liaisonlog.model.common.RecordStamp;
import org.liaisonlog.model.event.Event;
import org.liaisonlog.model.event.EventKind;
import org.liaisonlog.model.person.Person;

/** Records the trip tests store through the repositories before driving the screens. */
final class TripTestData {

    private TripTestData() {
    }

    static Event storeEvent(Catalogue catalogue, String title, String city, String country, LocalDate start,
                            LocalDate end) {
        return catalogue.events().insert(new Event(RecordStamp.fresh(), EventKind.CONFERENCE, title, null, null,
                null, List.of(), city, country, null, PartialDate.ofDay(start), end == null ? null : PartialDate.ofDay(end),
                null, null, List.of(), List.of(), List.of()));
    }

    static Person storePerson(Catalogue catalogue, String name) {
        return catalogue.people().insert(new Person(RecordStamp.fresh(), name, List.of(), null, "Director", null,
                null, null));
    }
}
