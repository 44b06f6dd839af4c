package org.liaisonlog.persistence;

import static org.liaisonlog.persistence.generated.Tables.CHANGE_LOG;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.liaisonlog.logic.history.ChangeHistory;
import org.liaisonlog.model.history.ChangeEntry;
import org.liaisonlog.model.history.ChangeEntry.FieldChange;
import org.liaisonlog.model.history.ChangeKind;
import org.liaisonlog.model.history.RecordType;

/**
 * The change history in CHANGE_LOG. The summary column holds the record's label on its first
 * line, then one line a changed field: name, before and after, separated by tabs (tabs and line
 * breaks inside values are written as \t and \n).
 */
final class JooqChangeHistory implements ChangeHistory {

    private final DSLContext dsl;
    private final JooqTransactions tx;

    JooqChangeHistory(DSLContext dsl, JooqTransactions tx) {
        this.dsl = dsl;
        this.tx = tx;
    }

    @Override
    public ChangeEntry record(ChangeEntry entry) {
        ChangeEntry stored = new ChangeEntry(UUID.randomUUID(), Instant.now().truncatedTo(ChronoUnit.MICROS),
                entry.kind(), entry.type(), entry.recordId(), entry.label(), entry.details());
        tx.inTransaction(() -> dsl.insertInto(CHANGE_LOG)
                .set(CHANGE_LOG.ID, stored.id())
                .set(CHANGE_LOG.CHANGED_AT, OffsetDateTime.ofInstant(stored.at(), ZoneOffset.UTC))
                .set(CHANGE_LOG.CHANGE_KIND, stored.kind().name())
                .set(CHANGE_LOG.RECORD_TYPE, stored.type().name())
                .set(CHANGE_LOG.RECORD_ID, stored.recordId())
                .set(CHANGE_LOG.SUMMARY, encode(stored))
                .execute());
        return stored;
    }

    /** Changes are recorded only inside transactions, so their count of commits will do. */
    @Override
    public long generation() {
        return tx.commits();
    }

    @Override
    public List<ChangeEntry> forRecord(UUID recordId) {
        return tx.read(() -> dsl.selectFrom(CHANGE_LOG).where(CHANGE_LOG.RECORD_ID.eq(recordId))
                .orderBy(CHANGE_LOG.CHANGED_AT.desc(), CHANGE_LOG.ID)
                .fetch(JooqChangeHistory::decode));
    }

    @Override
    public List<ChangeEntry> recent(int limit) {
        return tx.read(() -> dsl.selectFrom(CHANGE_LOG).orderBy(CHANGE_LOG.CHANGED_AT.desc(), CHANGE_LOG.ID)
                .limit(limit).fetch(JooqChangeHistory::decode));
    }

    @Override
    public List<ChangeEntry> since(Instant from) {
        return tx.read(() -> dsl.selectFrom(CHANGE_LOG)
                .where(CHANGE_LOG.CHANGED_AT.ge(OffsetDateTime.ofInstant(from, ZoneOffset.UTC)))
                .orderBy(CHANGE_LOG.CHANGED_AT, CHANGE_LOG.ID)
                .fetch(JooqChangeHistory::decode));
    }

    static String encode(ChangeEntry entry) {
        StringBuilder text = new StringBuilder(escape(entry.label()));
        for (FieldChange change : entry.details()) {
            text.append('\n').append(escape(change.field())).append('\t').append(escape(change.before()))
                    .append('\t').append(escape(change.after()));
        }
        return text.toString();
    }

    private static ChangeEntry decode(Record r) {
        String[] lines = r.get(CHANGE_LOG.SUMMARY) == null ? new String[] {""} : r.get(CHANGE_LOG.SUMMARY).split("\n", -1);
        List<FieldChange> details = new ArrayList<>();
        for (int i = 1; i < lines.length; i++) {
            String[] parts = lines[i].split("\t", -1);
            details.add(new FieldChange(unescape(parts[0]), parts.length > 1 ? unescape(parts[1]) : "",
                    parts.length > 2 ? unescape(parts[2]) : ""));
        }
        return new ChangeEntry(r.get(CHANGE_LOG.ID), r.get(CHANGE_LOG.CHANGED_AT).toInstant(),
                ChangeKind.valueOf(r.get(CHANGE_LOG.CHANGE_KIND)), RecordType.valueOf(r.get(CHANGE_LOG.RECORD_TYPE)),
                r.get(CHANGE_LOG.RECORD_ID), unescape(lines[0]), details);
    }

    private static String escape(String value) {
        return value == null ? "" : value.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n");
    }

    private static String unescape(String value) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\' && i + 1 < value.length()) {
                char next = value.charAt(++i);
                out.append(next == 't' ? '\t' : next == 'n' ? '\n' : next);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
