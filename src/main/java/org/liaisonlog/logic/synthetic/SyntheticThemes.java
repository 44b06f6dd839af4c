package org.liaisonlog.logic.synthetic;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.liaisonlog.model.common.RecordStamp;
import org.liaisonlog.model.theme.Theme;

/**
 * Sub-themes under the shipped taxonomy, in English and Russian: aspects of a theme ("Drug
 * trafficking: legal framework") and, under some of those, a third level ("…: national
 * experience"). Parents always come before their children.
 */
final class SyntheticThemes {

    private static final List<String[]> ASPECTS = List.of(
            new String[] {"%s: legal framework", "%s: правовая база"},
            new String[] {"%s in Central Asia", "%s в Центральной Азии"},
            new String[] {"%s: training and capacity building", "%s: подготовка кадров"},
            new String[] {"%s: information exchange", "%s: обмен информацией"},
            new String[] {"%s: international cooperation", "%s: международное сотрудничество"},
            new String[] {"%s: research and analysis", "%s: исследования и анализ"},
            new String[] {"%s: prevention", "%s: профилактика"},
            new String[] {"%s in Afghanistan and neighbouring states", "%s в Афганистане и сопредельных государствах"},
            new String[] {"%s: gender aspects", "%s: гендерные аспекты"});

    private static final List<String[]> THIRD_LEVEL = List.of(
            new String[] {"%s: national experience", "%s: национальный опыт"},
            new String[] {"%s: good practices", "%s: передовой опыт"},
            new String[] {"%s: indicators", "%s: показатели"});

    private SyntheticThemes() {
    }

    /** {@code count} new themes under the shipped ones. */
    static List<Theme> make(Draw draw, List<Theme> shipped, int count) {
        List<Theme> made = new ArrayList<>(count);
        List<Theme> secondLevel = new ArrayList<>();
        Set<String> names = new HashSet<>();
        shipped.forEach(t -> names.add(t.nameEn()));
        int attempts = 0;
        while (made.size() < count && attempts++ < count * 50) {
            boolean third = !secondLevel.isEmpty() && draw.chance(0.2);
            Theme parent = third ? draw.pick(secondLevel) : draw.pick(shipped);
            String[] pattern = draw.pick(third ? THIRD_LEVEL : ASPECTS);
            String en = String.format(pattern[0], parent.nameEn());
            if (!names.add(en)) {
                continue;
            }
            String ru = parent.nameRu() == null ? null : String.format(pattern[1], parent.nameRu());
            Theme theme = new Theme(new RecordStamp(draw.uuid(), 0, null, null), parent.id(), null, en, ru,
                    1000 + made.size());
            made.add(theme);
            if (!third) {
                secondLevel.add(theme);
            }
        }
        return made;
    }
}
