package org.liaisonlog.gui.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import org.liaisonlog.gui.util.Messages;
import org.liaisonlog.logic.search.RecordKind;

/** Every kind, filter and help example of the search screen has its text in both bundles. */
class SearchTextsTest {

    @Test
    void everyKindFilterAndHelpExampleHasItsTextInEnglishAndRussian() {
        List<String> keys = new ArrayList<>();
        for (RecordKind kind : RecordKind.values()) {
            keys.add(ResultTexts.kindKey(kind));
        }
        for (FilterKind filter : FilterKind.values()) {
            keys.add(filter.titleKey());
        }
        for (String[] example : QueryHelp.EXAMPLES) {
            keys.add(example[0]);
            keys.add(example[1]);
        }
        for (Locale locale : List.of(Locale.ENGLISH, Locale.forLanguageTag("ru"))) {
            ResourceBundle bundle = ResourceBundle.getBundle(Messages.BUNDLE, locale);
            assertThat(keys).allSatisfy(key -> assertThat(bundle.getString(key)).isNotBlank());
        }
        ResourceBundle russian = ResourceBundle.getBundle(Messages.BUNDLE, Locale.forLanguageTag("ru"));
        assertThat(russian.getString("search.kind.EVENT")).isEqualTo("Мероприятия");
    }
}
