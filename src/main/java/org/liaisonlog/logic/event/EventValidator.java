package org.liaisonlog.logic.event;

import java.util.ArrayList;
import java.util.List;
import org.liaisonlog.model.attendance.Attendance;
import org.liaisonlog.model.event.Event;

/** The rules an event must meet before it is saved. */
public final class EventValidator {

    private EventValidator() {
    }

    public static List<Problem<EventField>> validate(Event event) {
        List<Problem<EventField>> problems = new ArrayList<>();
        if (event.title() == null || event.title().isBlank()) {
            problems.add(new Problem<>(EventField.TITLE, "validation.titleRequired"));
        }
        if (event.edition() != null && event.edition() < 1) {
            problems.add(new Problem<>(EventField.EDITION, "validation.editionPositive"));
        }
        if (event.end() != null && event.start() == null) {
            problems.add(new Problem<>(EventField.START, "validation.startRequiredWithEnd"));
        }
        if (event.start() != null && event.end() != null && event.end().lastDay().isBefore(event.start().date())) {
            problems.add(new Problem<>(EventField.END, "validation.endBeforeStart"));
        }
        for (Attendance line : event.attendance()) {
            if (!line.namesSomeone()) {
                problems.add(new Problem<>(EventField.ATTENDANCE, "validation.attendanceNamesNobody"));
                break;
            }
        }
        return problems;
    }
}
