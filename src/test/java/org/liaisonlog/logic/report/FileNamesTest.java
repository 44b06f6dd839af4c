package org.liaisonlog.logic.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Suggested file names every file system takes. */
class FileNamesTest {

    @Test
    void namesAreLowerCaseLatinDigitsAndHyphens() {
        assertThat(FileNames.of("participants", "Sixth Conference: RATS/SCO «2018»", "2018-10-31"))
                .isEqualTo("participants-sixth-conference-rats-sco-2018-2018-10-31");
        assertThat(FileNames.of("summary", "Совещание в Ташкенте", "", "ru"))
                .isEqualTo("summary-soveshchanie-v-tashkente-ru");
        assertThat(FileNames.of("a", "Ça été  \\ <> | ? * \" : x")).isEqualTo("a-ca-ete-x");
    }

    @Test
    void aNameIsNeverEmptyNorTooLong() {
        assertThat(FileNames.of("", "///", null)).isEqualTo("report");
        String longName = FileNames.of("participants", "word ".repeat(60));
        assertThat(longName).hasSizeLessThanOrEqualTo(FileNames.MAX_LENGTH).doesNotEndWith("-")
                .matches("[a-z0-9-]+");
    }
}
