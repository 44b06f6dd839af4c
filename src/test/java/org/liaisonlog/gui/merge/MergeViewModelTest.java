package org.liaisonlog.gui.merge;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.liaisonlog.gui.RecordingDialogs;
import org.liaisonlog.gui.util.Messages;
import org.liaisonlog.logic.catalogue.Catalogue;
import org.liaisonlog.logic.example.ExampleCatalogue;
import org.liaisonlog.logic.merge.MergeService;
import org.liaisonlog.logic.reference.ReferenceData;
import org.liaisonlog.logic.util.TaskExecutor;
import org.liaisonlog.model.common.RecordStamp;
import org.liaisonlog.model.organisation.Organisation;
import org.liaisonlog.model.organisation.OrganisationKind;
import org.liaisonlog.model.person.Person;
import org.liaisonlog.persistence.H2Catalogue;

/** The "Merge into…" command, without a screen, over the example catalogue. */
class MergeViewModelTest {

    @TempDir
    Path folder;

    private Catalogue catalogue;
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final List<List<MergeTarget>> offered = new ArrayList<>();
    private final List<UUID> merged = new ArrayList<>();

    @BeforeEach
    void open() {
        catalogue = H2Catalogue.open(folder);
        ReferenceData.loadInto(catalogue);
        ExampleCatalogue.loadInto(catalogue);
    }

    @AfterEach
    void close() {
        catalogue.close();
    }

    private MergeViewModel merges(MergeViewModel.Kind kind, String pick) {
        return merges(kind, pick, Locale.ENGLISH);
    }

    private MergeViewModel merges(MergeViewModel.Kind kind, String pick, Locale language) {
        MergeViewModel viewModel = new MergeViewModel(kind, new MergeService(catalogue), TaskExecutor.synchronous(),
                dialogs, new Messages(language));
        viewModel.setTargetChooser((fromName, candidates) -> {
            offered.add(candidates);
            return candidates.stream().filter(t -> t.name().equals(pick)).findFirst();
        });
        viewModel.setOnMerged(merged::add);
        return viewModel;
    }

    @Test
    void aDuplicateOrganisationIsMergedAfterSayingWhatMoves() {
        Organisation dup = catalogue.organisations().insert(new Organisation(RecordStamp.fresh(), "Interpoll", null,
                null, List.of(), OrganisationKind.OTHER, null, null, null));
        Person member = catalogue.people().insert(new Person(RecordStamp.fresh(), "Ivan Petrov", List.of(), null, null,
                dup.id(), null, null));
        String interpol = "International Criminal Police Organization (INTERPOL)";
        dialogs.answerConfirmations(true);

        merges(MergeViewModel.Kind.ORGANISATION, interpol).merge(dup.id(), "Interpoll");

        assertThat(offered.get(0).get(0).name()).isEqualTo(interpol);
        assertThat(offered.get(0).get(0).close()).isTrue();
        assertThat(offered.get(0)).extracting(MergeTarget::id).doesNotContain(dup.id());
        assertThat(dialogs.asked()).containsExactly("Merge 'Interpoll' into '" + interpol + "'?");
        assertThat(dialogs.contents()).containsExactly("1 person will move to '" + interpol + "'. 'Interpoll' will "
                + "be kept as another name of '" + interpol + "', and 'Interpoll' itself will be deleted.");
        Organisation kept = catalogue.organisations().findById(merged.get(0)).orElseThrow();
        assertThat(kept.acronym()).isEqualTo("INTERPOL");
        assertThat(kept.otherNames()).contains("Interpoll");
        assertThat(catalogue.people().findById(member.id()).orElseThrow().organisationId()).isEqualTo(kept.id());
        assertThat(dialogs.errors()).isEmpty();
    }

    @Test
    void inRussianTheOrganisationsToKeepAreNamedInRussianAsTheTableNamesThem() {
        Organisation dup = catalogue.organisations().insert(new Organisation(RecordStamp.fresh(), "Interpoll", null,
                null, List.of(), OrganisationKind.OTHER, null, null, null));
        Organisation interpol = catalogue.organisations().findAll().stream()
                .filter(o -> "INTERPOL".equals(o.acronym())).findFirst().orElseThrow();
        assertThat(interpol.nameRu()).isNotBlank();
        String russian = interpol.nameRu() + " (INTERPOL)";
        dialogs.answerConfirmations(false);

        merges(MergeViewModel.Kind.ORGANISATION, russian, Locale.forLanguageTag("ru")).merge(dup.id(), "Interpoll");

        MergeTarget offeredInterpol = offered.get(0).stream().filter(t -> t.id().equals(interpol.id())).findFirst()
                .orElseThrow();
        assertThat(offeredInterpol.name()).isEqualTo(russian);
        assertThat(offeredInterpol.matches("Criminal Police")).as("still found by its English name").isTrue();
        assertThat(dialogs.asked()).containsExactly("Объединить «Interpoll» с «" + russian + "»?");
    }

    @Test
    void theDuplicateOrganisationIsNamedAsTheCandidatesAreWithItsFullNameNotItsAcronymAlone() {
        Organisation afm = organisation("AFM");
        Organisation unodc = organisation("UNODC");
        List<String> titles = new ArrayList<>();
        dialogs.answerConfirmations(false);
        for (Locale language : List.of(Locale.ENGLISH, Locale.forLanguageTag("ru"))) {
            offered.clear();
            MergeViewModel viewModel = merges(MergeViewModel.Kind.ORGANISATION, "", language);
            viewModel.setTargetChooser((fromName, candidates) -> {
                titles.add(fromName);
                offered.add(candidates);
                return candidates.stream().filter(t -> t.id().equals(unodc.id())).findFirst();
            });
            // the table hands over the acronym, its short name
            viewModel.merge(afm.id(), "AFM");
        }
        String english = afm.name() + " (AFM)";
        String russian = afm.nameRu() + " (AFM)";
        assertThat(afm.nameRu()).isNotBlank().doesNotContain("AFM");
        assertThat(titles).containsExactly(english, russian);
        assertThat(dialogs.asked()).containsExactly(
                "Merge '" + english + "' into 'UN Office on Drugs and Crime (UNODC)'?",
                "Объединить «" + russian + "» с «" + unodc.nameRu() + " (UNODC)»?");
        assertThat(dialogs.contents().get(0)).contains("'" + english + "' will be kept as another name");
        assertThat(catalogue.organisations().findById(afm.id())).isPresent();
    }

    private Organisation organisation(String acronym) {
        return catalogue.organisations().findAll().stream().filter(o -> acronym.equals(o.acronym())).findFirst()
                .orElseThrow();
    }

    @Test
    void nothingIsMergedWhenTheUserSaysNoOrPicksNothing() {
        Person dup = catalogue.people().insert(new Person(RecordStamp.fresh(), "Pustovitov G.", List.of(), null, null,
                null, null, null));
        dialogs.answerConfirmations(false);
        merges(MergeViewModel.Kind.PERSON, "Grigory Pustovitov").merge(dup.id(), dup.name());
        merges(MergeViewModel.Kind.PERSON, "Nobody").merge(dup.id(), dup.name());

        assertThat(dialogs.contents()).containsExactly("Nothing else refers to it. 'Pustovitov G.' will be kept as "
                + "another name of 'Grigory Pustovitov', and 'Pustovitov G.' itself will be deleted.");
        assertThat(catalogue.people().findById(dup.id())).isPresent();
        assertThat(merged).isEmpty();
    }

    @Test
    void anOrganisationIsNotOfferedItsOwnSubOrganisations() {
        Organisation parent = catalogue.organisations().insert(new Organisation(RecordStamp.fresh(), "Parent body",
                null, null, List.of(), OrganisationKind.OTHER, null, null, null));
        Organisation child = catalogue.organisations().insert(new Organisation(RecordStamp.fresh(), "Child body",
                null, null, List.of(), OrganisationKind.OTHER, null, parent.id(), null));

        merges(MergeViewModel.Kind.ORGANISATION, "none").merge(parent.id(), parent.name());

        assertThat(offered.get(0)).extracting(MergeTarget::id).doesNotContain(parent.id(), child.id());
        assertThat(offered.get(0)).isNotEmpty();
        assertThat(Optional.ofNullable(offered.get(0).get(0))).isPresent();
    }
}
