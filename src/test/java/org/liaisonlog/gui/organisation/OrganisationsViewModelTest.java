package org.liaisonlog.gui.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.liaisonlog.gui.RecordingDialogs;
import org.liaisonlog.gui.person.HistoryRowViewModel;
import org.liaisonlog.gui.util.Messages;
import org.liaisonlog.logic.catalogue.Catalogue;
import org.liaisonlog.logic.example.ExampleCatalogue;
import org.liaisonlog.logic.organisation.OrganisationService;
import org.liaisonlog.logic.reference.ReferenceData;
import org.liaisonlog.logic.util.TaskExecutor;
import org.liaisonlog.model.common.RecordStamp;
import org.liaisonlog.model.organisation.Organisation;
import org.liaisonlog.model.organisation.OrganisationKind;
import org.liaisonlog.persistence.H2Catalogue;

/** The organisations screen's view models over the example catalogue, without a screen. */
class OrganisationsViewModelTest {

    @TempDir
    Path folder;

    private Catalogue catalogue;
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final List<OrganisationEditorViewModel> editors = new ArrayList<>();
    private final List<UUID> openedEvents = new ArrayList<>();
    private OrganisationsViewModel organisations;

    @BeforeEach
    void open() {
        catalogue = H2Catalogue.open(folder);
        ReferenceData.loadInto(catalogue);
        ExampleCatalogue.loadInto(catalogue);
        organisations = new OrganisationsViewModel(new OrganisationService(catalogue), TaskExecutor.synchronous(),
                dialogs, new Messages(Locale.ENGLISH));
        organisations.setEditorOpener(editors::add);
        organisations.setEventOpener(openedEvents::add);
        organisations.load();
    }

    @AfterEach
    void close() {
        catalogue.close();
    }

    private OrganisationRowViewModel row(String acronym) {
        return organisations.rows().stream().filter(r -> r.acronymProperty().get().equals(acronym))
                .findFirst().orElseThrow();
    }

    @Test
    void theTableShowsCariccWithItsKindAndEvents() {
        OrganisationRowViewModel caricc = row("CARICC");
        assertThat(caricc.kindProperty().get()).isEqualTo("Regional organisation");
        assertThat(caricc.eventsProperty().get()).isEqualTo(1);
        organisations.filterProperty().set("ЦАРИКЦ");
        assertThat(organisations.rows()).containsExactly(caricc);
        assertThat(organisations.statusProperty().get()).startsWith("1 of ");
    }

    @Test
    void theRussianTableNamesAParentWithoutAcronymInRussianAsItsNameColumnDoes() {
        Organisation parent = catalogue.organisations().insert(new Organisation(RecordStamp.fresh(),
                "Ministry of Internal Affairs", "Министерство внутренних дел", null, List.of(),
                OrganisationKind.GOVERNMENT_BODY, "UZ", null, null));
        catalogue.organisations().insert(new Organisation(RecordStamp.fresh(), "Drug Control Department",
                "Департамент по борьбе с наркотиками", null, List.of(), OrganisationKind.GOVERNMENT_BODY, "UZ",
                parent.id(), null));
        OrganisationsViewModel russian = new OrganisationsViewModel(new OrganisationService(catalogue),
                TaskExecutor.synchronous(), dialogs, new Messages(Locale.forLanguageTag("ru")));
        russian.load();
        OrganisationRowViewModel child = russian.rows().stream()
                .filter(r -> r.nameProperty().get().equals("Департамент по борьбе с наркотиками")).findFirst().orElseThrow();
        assertThat(child.parentProperty().get()).isEqualTo("Министерство внутренних дел");
    }

    @Test
    void cariccsHistoryShowsTheConferenceInItsCapacity() {
        organisations.open(row("CARICC"));
        OrganisationEditorViewModel editor = editors.get(0);
        assertThat(editor.history()).hasSize(1);
        HistoryRowViewModel line = editor.history().get(0);
        assertThat(line.eventProperty().get()).contains("RATS SCO");
        assertThat(line.capacityProperty().get()).isEqualTo("Other organisation");
        assertThat(line.organisationProperty().get()).as("its own line, not through a sub-organisation").isEmpty();
        editor.openEvent(line);
        assertThat(openedEvents).containsExactly(line.eventId());
    }

    @Test
    void aSubOrganisationsAttendanceComesOnlyWithTheCheckBox() {
        Organisation caricc = catalogue.organisations().findById(row("CARICC").id()).orElseThrow();
        Organisation unit = catalogue.organisations().insert(new Organisation(RecordStamp.fresh(), "Analysis unit",
                null, null, List.of(), OrganisationKind.OTHER, null, caricc.id(), null));
        var event = catalogue.events().findAllSummaries().get(0);
        var stored = catalogue.events().findById(event.id()).orElseThrow();
        var lines = new ArrayList<>(stored.attendance());
        lines.add(new org.liaisonlog.model.attendance.Attendance(UUID.randomUUID(), unit.id(), null, null,
                org.liaisonlog.model.attendance.Capacity.OBSERVER, null, null, null,
                org.liaisonlog.model.attendance.AttendanceStatus.ATTENDED, null));
        catalogue.events().update(new org.liaisonlog.model.event.Event(stored.stamp(), stored.kind(), stored.title(),
                stored.series(), stored.edition(), stored.motto(), stored.organiserIds(), stored.city(),
                stored.countryCode(), stored.venue(), stored.start(), stored.end(), stored.summary(),
                stored.outcomes(), stored.themeIds(), stored.sources(), lines));
        organisations.load();

        organisations.open(row("CARICC"));
        OrganisationEditorViewModel editor = editors.get(0);
        assertThat(editor.includeSubOrganisationsProperty().get()).isTrue();
        assertThat(editor.history()).extracting(r -> r.organisationProperty().get())
                .containsExactlyInAnyOrder("", "Analysis unit");
        editor.includeSubOrganisationsProperty().set(false);
        assertThat(editor.history()).extracting(r -> r.capacityProperty().get()).containsExactly("Other organisation");
        assertThat(editor.changedProperty().get()).as("the check box changes nothing stored").isFalse();

        // And CARICC cannot be put under its own sub-organisation.
        editor.parentProperty().set("Analysis unit");
        assertThat(editor.parentErrorProperty().get()).contains("cannot be part of itself");
        assertThat(editor.validProperty().get()).isFalse();
        editor.parentProperty().set(editor.nameProperty().get());
        assertThat(editor.parentErrorProperty().get()).contains("cannot be part of itself");
        editor.parentProperty().set("");
        assertThat(editor.validProperty().get()).isTrue();
    }

    @Test
    void deletingAnOrganisationThatAttendedIsRefused() {
        dialogs.answerConfirmations(true);
        int before = catalogue.organisations().count();
        organisations.delete(row("CARICC"));
        assertThat(dialogs.errors()).singleElement().asString().contains("cannot be deleted");
        assertThat(catalogue.organisations().count()).isEqualTo(before);
    }

    @Test
    void aNewOrganisationNeedsANameAndIsSavedWithItsParent() {
        organisations.newRecord();
        OrganisationEditorViewModel editor = editors.get(0);
        assertThat(editor.nameErrorProperty().get()).isEqualTo("A name is required.");
        editor.kindProperty().set(null);
        assertThat(editor.kindErrorProperty().get()).isEqualTo("Choose what kind of body it is.");
        editor.kindProperty().set(OrganisationKind.GOVERNMENT_BODY);
        editor.nameProperty().set("Drug Control Agency");
        editor.acronymProperty().set("DCA");
        editor.parentProperty().set("CARICC");
        editor.countryProperty().set("Tajikistan");
        editor.otherNamesProperty().set("Агентство по контролю за наркотиками\n");
        assertThat(editor.validProperty().get()).isTrue();
        editor.save();
        OrganisationRowViewModel saved = row("DCA");
        assertThat(saved.parentProperty().get()).isEqualTo("CARICC");
        Organisation stored = catalogue.organisations().findById(saved.id()).orElseThrow();
        assertThat(stored.countryCode()).isEqualTo("TJ");
        assertThat(stored.otherNames()).containsExactly("Агентство по контролю за наркотиками");
        dialogs.answerConfirmations(true);
        organisations.delete(saved);
        assertThat(catalogue.organisations().findById(saved.id())).isEmpty();
    }

    @Test
    void cancellingAsksOnlyWhenSomethingWasTyped() {
        AtomicInteger closed = new AtomicInteger();
        organisations.open(row("CARICC"));
        OrganisationEditorViewModel editor = editors.get(0);
        editor.setCloser(closed::incrementAndGet);
        editor.cancel();
        assertThat(dialogs.asked()).isEmpty();
        assertThat(closed).hasValue(1);

        editor.notesProperty().set("Draft");
        dialogs.answerConfirmations(false);
        editor.cancel();
        assertThat(dialogs.asked()).containsExactly("Discard your changes to this organisation?");
        assertThat(closed).hasValue(1);
        dialogs.answerConfirmations(true);
        editor.cancel();
        assertThat(closed).hasValue(2);
    }

    @Test
    void aStaleSaveKeepsWhatWasTypedAndSaysWhy() {
        AtomicInteger closed = new AtomicInteger();
        organisations.open(row("CARICC"));
        OrganisationEditorViewModel editor = editors.get(0);
        editor.setCloser(closed::incrementAndGet);
        Organisation current = catalogue.organisations().findById(row("CARICC").id()).orElseThrow();
        catalogue.organisations().update(current);
        editor.notesProperty().set("Typed before the other change");
        editor.save();

        assertThat(editor.saveErrorProperty().get())
                .startsWith("The organisation was not saved: The record was changed");
        assertThat(editor.notesProperty().get()).isEqualTo("Typed before the other change");
        assertThat(editor.changedProperty().get()).isTrue();
        assertThat(editor.savingProperty().get()).isFalse();
        assertThat(closed).hasValue(0);
    }
}
