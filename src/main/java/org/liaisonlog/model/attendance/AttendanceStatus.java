package org.liaisonlog.model.attendance;

/** Whether an expected participant was there. */
public enum AttendanceStatus {
    ATTENDED,
    EXCUSED,
    ABSENT
}
