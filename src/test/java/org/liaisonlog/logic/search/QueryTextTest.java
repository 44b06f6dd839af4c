package org.liaisonlog.logic.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.liaisonlog.logic.search.QueryText.Part;
import org.liaisonlog.logic.search.QueryText.Scope;

/** The tolerant reading of the query syntax. */
class QueryTextTest {

    @Test
    void wordsAreRequiredAndTheLastIsAPrefix() {
        QueryText q = QueryText.parse("drug Tash");
        assertThat(q.required()).containsExactly(List.of(new Part(Scope.ALL, "drug", false, false)),
                List.of(new Part(Scope.ALL, "Tash", false, true)));
    }

    @Test
    void phrasesExclusionsOrAndFields() {
        QueryText q = QueryText.parse("\"drug trafficking\" -heroin a OR b theme:\"money laundering\" org:UNODC country:KG");
        assertThat(q.required()).containsExactly(
                List.of(new Part(Scope.ALL, "drug trafficking", true, false)),
                List.of(new Part(Scope.ALL, "a", false, false), new Part(Scope.ALL, "b", false, false)),
                List.of(new Part(Scope.THEME, "money laundering", true, false)),
                List.of(new Part(Scope.ORG, "UNODC", false, false)),
                List.of(new Part(Scope.COUNTRY, "KG", false, true)));
        assertThat(q.excluded()).containsExactly(new Part(Scope.ALL, "heroin", false, false));
    }

    @Test
    void years() {
        assertThat(QueryText.parse("year:2018")).extracting(QueryText::yearFrom, QueryText::yearTo).containsExactly(2018, 2018);
        assertThat(QueryText.parse("year:2018-2015")).extracting(QueryText::yearFrom, QueryText::yearTo).containsExactly(2015, 2018);
        assertThat(QueryText.parse("YEAR:2015–2016 x").yearFrom()).isEqualTo(2015);
        assertThat(QueryText.parse("year:201").yearFrom()).isNull();
        assertThat(QueryText.parse("year:").hasWords()).isFalse();
    }

    @Test
    void halfTypedSyntaxIsReadAsWords() {
        assertThat(QueryText.parse("\"unclo").required())
                .containsExactly(List.of(new Part(Scope.ALL, "unclo", false, true)));
        assertThat(QueryText.parse("theme:").hasWords()).isFalse();
        assertThat(QueryText.parse("theme:\"").hasWords()).isFalse();
        assertThat(QueryText.parse("-").hasWords()).isFalse();
        assertThat(QueryText.parse("OR x").required()).containsExactly(List.of(new Part(Scope.ALL, "x", false, true)));
        assertThat(QueryText.parse("x OR").required()).containsExactly(List.of(new Part(Scope.ALL, "x", false, false)));
        assertThat(QueryText.parse("foo:bar").required())
                .containsExactly(List.of(new Part(Scope.ALL, "foo bar", false, true)));
        assertThat(QueryText.parse("... !!! ,,,").hasWords()).isFalse();
    }

    @Test
    void aFieldThatCannotBeReadIsKeptAsTheProblem() {
        assertThat(QueryText.parse("Tashkent year:abc").problem())
                .isEqualTo(new QueryProblem(QueryProblem.Kind.NOT_A_YEAR, "year", "year:abc"));
        assertThat(QueryText.parse("year:\"20 18\"").problem())
                .isEqualTo(new QueryProblem(QueryProblem.Kind.NOT_A_YEAR, "year", "year:\"20 18\""));
        assertThat(QueryText.parse("-Year:2018").problem())
                .isEqualTo(new QueryProblem(QueryProblem.Kind.YEAR_LEFT_OUT, "year", "-Year:2018"));
        assertThat(QueryText.parse("Org: UNODC").problem())
                .isEqualTo(new QueryProblem(QueryProblem.Kind.NO_WORD, "org", "Org:"));
        assertThat(QueryText.parse("country:,,, x").problem())
                .isEqualTo(new QueryProblem(QueryProblem.Kind.NO_WORD, "country", "country:,,,"));
        assertThat(QueryProblem.in("\"drug trafficking\" -heroin a OR b theme:drugs org:UNODC year:2015-2018"))
                .isEmpty();
        assertThat(QueryProblem.in("foo:bar")).isEmpty();
    }
}
