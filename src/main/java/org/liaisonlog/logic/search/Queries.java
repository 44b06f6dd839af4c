package org.liaisonlog.logic.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.liaisonlog.logic.search.QueryText.Part;
import org.liaisonlog.logic.search.QueryText.Scope;

/**
 * Turns the read query into a Lucene query. Each word matches, best first: exactly in the title,
 * exactly anywhere, by its skeleton (another script or transliteration), as a prefix (the last
 * word), and within one or two edits (words of 4–6 letters one, longer two; only for a word
 * the index does not know, so a typing error) — a word's
 * alternatives are joined by a disjunction-max, so the best way it matches counts.
 */
final class Queries {

    static final float TITLE_EXACT = 6f;
    static final float BODY_EXACT = 2f;
    static final float TITLE_SKELETON = 3f;
    static final float BODY_SKELETON = 1f;
    static final float TITLE_PREFIX = 2.5f;
    static final float BODY_PREFIX = 0.8f;
    static final float SKELETON_PREFIX = 0.6f;
    static final float FUZZY = 0.3f;
    private static final int FUZZY_EXPANSIONS = 30;

    private final boolean fuzzy;
    private final IndexReader reader;

    /**
     * @param fuzzy  whether near words count at all
     * @param reader the index, to leave out near words for a word the index knows (it is then
     *               taken as meant, and matching near words would only cost time and precision)
     */
    Queries(boolean fuzzy, IndexReader reader) {
        this.fuzzy = fuzzy;
        this.reader = reader;
    }

    /** True when the word, or its skeleton, is in the field: not a typing error there. */
    private boolean known(String field, String term, Set<String> skeletons) {
        try {
            if (reader.docFreq(new Term(field, term)) > 0) {
                return true;
            }
            for (String skeleton : skeletons) {
                if (reader.docFreq(new Term(field + Analysis.SKELETON_SUFFIX, skeleton)) > 0) {
                    return true;
                }
            }
            return false;
        } catch (IOException e) {
            return false;
        }
    }

    /** The text query, or null when the text has nothing that must match. */
    Query build(QueryText text) {
        if (!text.hasWords()) {
            return null;
        }
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        for (List<Part> alternatives : text.required()) {
            if (alternatives.size() == 1) {
                all.add(part(alternatives.get(0)), Occur.MUST);
            } else {
                BooleanQuery.Builder either = new BooleanQuery.Builder();
                alternatives.forEach(p -> either.add(part(p), Occur.SHOULD));
                either.setMinimumNumberShouldMatch(1);
                all.add(either.build(), Occur.MUST);
            }
        }
        for (Part excluded : text.excluded()) {
            all.add(excluded(excluded), Occur.MUST_NOT);
        }
        return all.build();
    }

    /** What a required part matches. */
    private Query part(Part part) {
        List<String> terms = Analysis.terms(part.text());
        String[] fields = fields(part.scope());
        if (part.phrase() && terms.size() > 1) {
            return phrase(fields, terms);
        }
        if (terms.size() == 1) {
            return word(fields, terms.get(0), part.prefix());
        }
        BooleanQuery.Builder words = new BooleanQuery.Builder();
        for (int i = 0; i < terms.size(); i++) {
            words.add(word(fields, terms.get(i), part.prefix() && i == terms.size() - 1), Occur.MUST);
        }
        return words.build();
    }

    private Query excluded(Part part) {
        List<String> terms = Analysis.terms(part.text());
        String[] fields = fields(part.scope());
        if (terms.size() > 1) {
            return phrase(fields, terms);
        }
        String term = terms.get(0);
        List<Query> exact = new ArrayList<>();
        for (String field : fields) {
            exact.add(new TermQuery(new Term(field, term)));
            for (String skeleton : Skeleton.of(term)) {
                exact.add(new TermQuery(new Term(field + Analysis.SKELETON_SUFFIX, skeleton)));
            }
        }
        return new DisjunctionMaxQuery(exact, 0f);
    }

    /** Title and body for words anywhere; the field's own for theme:, org:, country:. */
    private static String[] fields(Scope scope) {
        return switch (scope) {
            case ALL -> new String[] {Documents.TITLE, Documents.BODY};
            case THEME -> new String[] {Documents.THEME};
            case ORG -> new String[] {Documents.ORG};
            case COUNTRY -> new String[] {Documents.COUNTRY};
        };
    }

    private Query word(String[] fields, String term, boolean prefix) {
        List<Query> ways = new ArrayList<>();
        Set<String> skeletons = new LinkedHashSet<>(Skeleton.of(term));
        for (int f = 0; f < fields.length; f++) {
            String field = fields[f];
            boolean title = f == 0 && fields.length > 1;
            String skeletonField = field + Analysis.SKELETON_SUFFIX;
            ways.add(boost(new TermQuery(new Term(field, term)), title ? TITLE_EXACT : BODY_EXACT));
            for (String skeleton : skeletons) {
                ways.add(boost(new TermQuery(new Term(skeletonField, skeleton)), title ? TITLE_SKELETON : BODY_SKELETON));
            }
            if (prefix && term.length() >= 2) {
                ways.add(boost(new PrefixQuery(new Term(field, term)), title ? TITLE_PREFIX : BODY_PREFIX));
                for (String skeleton : skeletons) {
                    if (skeleton.length() >= 2 && !skeleton.equals(term)) {
                        ways.add(boost(new PrefixQuery(new Term(skeletonField, skeleton)), SKELETON_PREFIX));
                    }
                }
            }
            int edits = edits(term);
            if (fuzzy && edits > 0 && !title && !known(field, term, skeletons)) {
                ways.add(boost(fuzzy(field, term, edits), FUZZY));
                String skeleton = skeletons.iterator().next();
                if (!skeleton.equals(term) && skeleton.length() >= 4) {
                    ways.add(boost(fuzzy(skeletonField, skeleton, Math.min(edits, edits(skeleton))), FUZZY));
                }
            }
        }
        return new DisjunctionMaxQuery(ways, 0.1f);
    }

    private static Query fuzzy(String field, String term, int edits) {
        if (edits == 0) {
            return new TermQuery(new Term(field, term));
        }
        return new FuzzyQuery(new Term(field, term), edits, 1, FUZZY_EXPANSIONS, true,
                new MultiTermQuery.TopTermsBlendedFreqScoringRewrite(FUZZY_EXPANSIONS));
    }

    private static Query phrase(String[] fields, List<String> terms) {
        List<Query> ways = new ArrayList<>();
        for (int f = 0; f < fields.length; f++) {
            boolean title = f == 0 && fields.length > 1;
            ways.add(boost(new PhraseQuery(fields[f], terms.toArray(String[]::new)), title ? TITLE_EXACT : BODY_EXACT));
            String[] skeletons = terms.stream().map(Skeleton::first).toArray(String[]::new);
            ways.add(boost(new PhraseQuery(fields[f] + Analysis.SKELETON_SUFFIX, skeletons),
                    title ? TITLE_SKELETON : BODY_SKELETON));
        }
        return new DisjunctionMaxQuery(ways, 0.1f);
    }

    /** How many letters may be off: none up to 3 letters, one up to 6, two from 7. */
    static int edits(String term) {
        int length = term.codePointCount(0, term.length());
        if (term.chars().allMatch(Character::isDigit)) {
            return 0;
        }
        return length <= 3 ? 0 : length <= 6 ? 1 : 2;
    }

    private static Query boost(Query query, float boost) {
        return new BoostQuery(query, boost);
    }
}
