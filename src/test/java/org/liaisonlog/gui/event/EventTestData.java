package org.liaisonlog.gui.event;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.liaisonlog.logic.catalogue.Catalogue;
import org.liaisonlog.model.attendance.Attendance;
import org.liaisonlog.model.attendance.AttendanceStatus;
import org.liaisonlog.model.attendance.Capacity;
import org.liaisonlog.model.common.PartialDate;
import org.liaisonlog.model.common.RecordStamp;
import org.liaisonlog.model.event.Event;
import org.liaisonlog.model.event.EventKind;
import org.liaisonlog.model.organisation.Organisation;
import org.liaisonlog.model.theme.Theme;

/** Events the event screen tests store through the repositories before driving the screens. */
final class EventTestData {

    private EventTestData() {
    }

    /**
     * A meeting in Vienna on 14 March 2023, organised by the OSCE and attended by it, tagged with
     * the catalogue's first theme.
     */
    static Event storeMeeting(Catalogue catalogue, String title) {
        Organisation osce = catalogue.organisations().findAll().stream()
                .filter(o -> "OSCE".equals(o.acronym())).findFirst().orElseThrow();
        Theme theme = catalogue.themes().findAll().get(0);
        return catalogue.events().insert(new Event(RecordStamp.fresh(), EventKind.MEETING, title, null, null,
                null, List.of(osce.id()), "Vienna", "AT", null, PartialDate.ofDay(LocalDate.of(2023, 3, 14)), null,
                null, null, List.of(theme.id()), List.of(), List.of(new Attendance(UUID.randomUUID(), osce.id(), null,
                        null, Capacity.ORGANISER, null, null, null, AttendanceStatus.ATTENDED, null))));
    }
}
