package org.liaisonlog.model.common;

/** How precisely a source gives a date: to the day, the month or only the year. */
public enum DatePrecision {
    DAY,
    MONTH,
    YEAR
}
