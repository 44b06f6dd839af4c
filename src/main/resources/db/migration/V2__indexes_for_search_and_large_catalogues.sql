-- The search index asks for the changes since a moment before each search (ChangeHistory.since),
-- and the history's latest changes are listed newest first: both read CHANGE_LOG by time.
CREATE INDEX CHANGE_LOG_CHANGED_AT_IDX ON CHANGE_LOG (CHANGED_AT);

-- The events table counts each event's attended lines: with the status in the index the count is
-- read from the index alone (at a million attendance lines, about half the time of reading the rows).
CREATE INDEX ATTENDANCE_EVENT_STATUS_IDX ON ATTENDANCE (EVENT_ID, STATUS);
