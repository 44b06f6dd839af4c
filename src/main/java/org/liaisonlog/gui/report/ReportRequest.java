package org.liaisonlog.gui.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.liaisonlog.logic.report.AttendanceOptions;
import org.liaisonlog.logic.report.PaperSize;
import org.liaisonlog.logic.report.ReportDocument;
import org.liaisonlog.logic.report.ReportKind;
import org.liaisonlog.logic.report.ReportService;
import org.liaisonlog.logic.report.SignInOptions;
import org.liaisonlog.model.attendance.Capacity;

/**
 * The choices of the reports screen at the moment Preview was pressed: what the preview shows,
 * and what is then printed and saved even if the choices change meanwhile.
 *
 * @param target the event (attendance, sign-in) or trip; null for a summary
 * @param from   the summary's first day; null for the other reports
 * @param to     the summary's last day; null for the other reports
 */
record ReportRequest(ReportKind kind, UUID target, LocalDate from, LocalDate to, Locale language,
                     List<Capacity> groupOrder, boolean showPeople, boolean includeAbsent, int blankRows,
                     PaperSize paper) {

    ReportRequest {
        groupOrder = List.copyOf(groupOrder);
    }

    /** Builds the report from the catalogue (reads the database). */
    ReportDocument build(ReportService service) {
        return switch (kind) {
            case ATTENDANCE -> service.attendance(target,
                    new AttendanceOptions(language, groupOrder, showPeople, includeAbsent));
            case SIGN_IN -> service.signIn(target, new SignInOptions(language, blankRows));
            case TRIP -> service.trip(target, language);
            case SUMMARY -> service.summary(from, to, language);
        };
    }
}
