package org.liaisonlog.logic.report;

import java.util.List;
import java.util.Locale;
import org.liaisonlog.model.attendance.Capacity;

/**
 * How an attendance report is made.
 *
 * @param groupOrder    the order of the groups; capacities left out come after, in their natural order
 * @param showPeople    list people under their organisation
 * @param includeAbsent include lines whose status is absent or excused
 */
public record AttendanceOptions(Locale language, List<Capacity> groupOrder, boolean showPeople, boolean includeAbsent) {

    public AttendanceOptions {
        groupOrder = List.copyOf(groupOrder);
    }

    /** The official order, people shown, absent left out. */
    public static AttendanceOptions standard(Locale language) {
        return new AttendanceOptions(language, List.of(Capacity.values()), true, false);
    }
}
