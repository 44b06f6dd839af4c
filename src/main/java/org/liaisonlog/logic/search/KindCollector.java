package org.liaisonlog.logic.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.util.FixedBitSet;

/** Keeps the best hits of each kind, counts them, and notes which events matched. */
final class KindCollector implements Collector {

    /** A hit kept: its document, score and date (of equal scores, the later date ranks higher). */
    record Scored(int doc, float score, long date) {
    }

    private static final Comparator<Scored> WORST_FIRST = Comparator.comparingDouble(Scored::score)
            .thenComparingLong(Scored::date).thenComparing(s -> -s.doc);

    final int limit;
    final int[] totals = new int[RecordKind.values().length];
    final List<PriorityQueue<Scored>> best = new ArrayList<>();
    final FixedBitSet events;

    KindCollector(int limit, int maxDoc) {
        this.limit = limit;
        this.events = new FixedBitSet(Math.max(1, maxDoc));
        for (int i = 0; i < totals.length; i++) {
            best.add(new PriorityQueue<>(WORST_FIRST));
        }
    }

    List<Scored> top(RecordKind kind) {
        List<Scored> list = new ArrayList<>(best.get(kind.ordinal()));
        list.sort(WORST_FIRST.reversed());
        return list;
    }

    @Override
    public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
        NumericDocValues kinds = DocValues.getNumeric(context.reader(), Documents.KIND_ORDINAL);
        NumericDocValues dates = DocValues.getNumeric(context.reader(), Documents.DATE);
        int base = context.docBase;
        return new LeafCollector() {
            private Scorable scorer;

            @Override
            public void setScorer(Scorable scorer) {
                this.scorer = scorer;
            }

            @Override
            public void collect(int doc) throws IOException {
                if (!kinds.advanceExact(doc)) {
                    return;
                }
                int kind = (int) kinds.longValue();
                totals[kind]++;
                if (kind == RecordKind.EVENT.ordinal()) {
                    events.set(base + doc);
                }
                float score = scorer.score();
                PriorityQueue<Scored> queue = best.get(kind);
                if (queue.size() >= limit) {
                    Scored worst = queue.peek();
                    if (score < worst.score()) {
                        return;
                    }
                }
                long date = dates.advanceExact(doc) ? dates.longValue() : Long.MIN_VALUE;
                Scored scored = new Scored(base + doc, score, date);
                if (queue.size() < limit) {
                    queue.add(scored);
                } else if (WORST_FIRST.compare(scored, queue.peek()) > 0) {
                    queue.poll();
                    queue.add(scored);
                }
            }
        };
    }

    @Override
    public ScoreMode scoreMode() {
        return ScoreMode.COMPLETE;
    }
}
