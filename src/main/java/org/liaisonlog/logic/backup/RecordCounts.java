package org.liaisonlog.logic.backup;

/** How many records of the main kinds a catalogue (or a backup of it) holds: numbers only, no text. */
public record RecordCounts(long events, long attendance, long trips, long people, long organisations) {

    public static final RecordCounts NONE = new RecordCounts(0, 0, 0, 0, 0);
}
