package org.liaisonlog.logic.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.AlreadyClosedException;
import org.junit.jupiter.api.Test;

/** The index's Lucene parts are made on first use, not with the index (the window makes one at start). */
class SearchIndexTest {

    @Test
    void luceneIsSetUpOnlyWhenTheIndexIsFirstUsed() throws Exception {
        SearchIndex index = new SearchIndex();
        assertThat(index.isMade()).isFalse();
        IndexSearcher searcher = index.searchers().acquire();
        try {
            assertThat(index.isMade()).isTrue();
            assertThat(searcher.getIndexReader().numDocs()).isZero();
        } finally {
            index.searchers().release(searcher);
        }
        index.close();
        assertThat(index.isClosed()).isTrue();
    }

    @Test
    void anIndexNeverUsedClosesWithoutSettingUpLuceneAndRefusesUseAfterwards() {
        SearchIndex index = new SearchIndex();
        index.close();
        assertThat(index.isMade()).isFalse();
        assertThatThrownBy(index::writer).isInstanceOf(AlreadyClosedException.class);
        assertThat(index.isMade()).isFalse();
    }
}
