package org.liaisonlog.gui.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.liaisonlog.gui.ScreenRobot.waitFor;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.liaisonlog.gui.ScreenTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.liaisonlog.gui.merge.MergeTarget;
import org.liaisonlog.gui.merge.MergeViewModel;
import org.liaisonlog.gui.person.ScreenFixture;
import org.liaisonlog.logic.catalogue.Catalogue;
import org.liaisonlog.logic.merge.MergeService;
import org.liaisonlog.logic.organisation.OrganisationService;
import org.liaisonlog.model.attendance.Attendance;
import org.liaisonlog.model.attendance.AttendanceStatus;
import org.liaisonlog.model.attendance.Capacity;
import org.liaisonlog.model.common.RecordStamp;
import org.liaisonlog.model.event.Event;
import org.liaisonlog.model.organisation.Organisation;
import org.liaisonlog.model.organisation.OrganisationKind;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Merges a duplicate organisation into INTERPOL through the real organisations screen. */
@ExtendWith(ApplicationExtension.class)
class OrganisationMergeScreenTest {

    private static final String DUPLICATE = "ICPO-Interpol (dup)";
    private static final String INTERPOL = "International Criminal Police Organization (INTERPOL)";

    @TempDir
    static Path folder;

    private final ScreenFixture fixture = new ScreenFixture();
    private UUID duplicateId;
    private UUID eventId;
    private UUID lineId;

    @Start
    void start(Stage stage) {
        fixture.open(stage, folder.resolve(UUID.randomUUID().toString()),
                (catalogue, executor, dialogs, messages, owner, eventOpener) -> {
                    addDuplicate(catalogue);
                    OrganisationsViewModel viewModel = new OrganisationsViewModel(new OrganisationService(catalogue),
                            executor, dialogs, messages);
                    OrganisationsView view = new OrganisationsView(viewModel, messages, owner);
                    view.enableMerging(new MergeViewModel(MergeViewModel.Kind.ORGANISATION,
                            new MergeService(catalogue), executor, dialogs, messages), owner);
                    return view;
                });
    }

    /** The duplicate, with an attendance line on the example event, both through the repositories. */
    private void addDuplicate(Catalogue catalogue) {
        duplicateId = catalogue.organisations().insert(new Organisation(RecordStamp.fresh(), DUPLICATE, null, null,
                List.of(), OrganisationKind.INTERNATIONAL_ORGANISATION, null, null, null)).id();
        eventId = catalogue.events().findAllSummaries().get(0).id();
        Event event = catalogue.events().findById(eventId).orElseThrow();
        List<Attendance> lines = new ArrayList<>(event.attendance());
        lineId = UUID.randomUUID();
        lines.add(new Attendance(lineId, duplicateId, null, null, Capacity.OTHER, null, null, "Observer",
                AttendanceStatus.ATTENDED, null));
        catalogue.events().update(new Event(event.stamp(), event.kind(), event.title(), event.series(),
                event.edition(), event.motto(), event.organiserIds(), event.city(), event.countryCode(), event.venue(),
                event.start(), event.end(), event.summary(), event.outcomes(), event.themeIds(), event.sources(),
                lines));
    }

    @AfterEach
    void closeCatalogue() {
        ScreenTests.closeAfter(fixture::close);
    }

    /** Selects the duplicate in the table and opens "Merge into…" on it; returns its list of candidates. */
    private ListView<MergeTarget> openMergeIntoOnTheDuplicate(FxRobot robot) throws Exception {
        fixture.settle();
        TableView<OrganisationRowViewModel> table = robot.lookup("#organisationsTable").queryTableView();
        assertThat(robot.lookup("#mergeOrganisationButton").queryButton().isDisabled()).isTrue();
        robot.clickOn("#organisationFilter").write("(dup)");
        fixture.settle();
        assertThat(table.getItems()).extracting(OrganisationRowViewModel::shortName).containsExactly(DUPLICATE);
        robot.clickOn(robot.lookup("#organisationsTable .table-row-cell").nth(0).queryAs(javafx.scene.Node.class));
        WaitForAsyncUtils.waitForFxEvents();
        if (table.getSelectionModel().getSelectedItem() == null) {
            robot.interact(() -> table.getSelectionModel().select(0));
        }
        assertThat(table.getSelectionModel().getSelectedItem().shortName()).isEqualTo(DUPLICATE);

        robot.clickOn("#mergeOrganisationButton");
        waitFor(robot, "#mergeIntoList");
        ListView<MergeTarget> list = robot.lookup("#mergeIntoList").queryListView();
        assertThat(list.getItems()).extracting(MergeTarget::name).contains(INTERPOL).doesNotContain(DUPLICATE);
        return list;
    }

    /** The question asked before merging, once it shows. */
    private static DialogPane confirmation(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(".dialog-pane").queryAllAs(DialogPane.class)
                .stream().anyMatch(p -> p.getHeaderText() != null && p.getHeaderText().startsWith("Merge '")));
        return robot.lookup(".dialog-pane").queryAllAs(DialogPane.class).stream()
                .filter(p -> p.getHeaderText() != null && p.getHeaderText().startsWith("Merge '")).findFirst()
                .orElseThrow();
    }

    @Test
    void mergingTheDuplicateIntoInterpolMovesItsLineAndKeepsItsName(FxRobot robot) throws Exception {
        ListView<MergeTarget> list = openMergeIntoOnTheDuplicate(robot);
        TableView<OrganisationRowViewModel> table = robot.lookup("#organisationsTable").queryTableView();
        robot.clickOn("#mergeIntoFilter").write("interpol");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(list.getSelectionModel().getSelectedItem().name()).isEqualTo(INTERPOL);
        robot.clickOn("#mergeIntoChoose");

        DialogPane confirmation = confirmation(robot);
        assertThat(confirmation.getHeaderText()).isEqualTo("Merge 'ICPO-Interpol (dup)' into '" + INTERPOL + "'?");
        assertThat(confirmation.getContentText()).isEqualTo("1 attendance line will move to '" + INTERPOL + "'. "
                + "'ICPO-Interpol (dup)' will be kept as another name of '" + INTERPOL + "', and "
                + "'ICPO-Interpol (dup)' itself will be deleted.");
        robot.clickOn(robot.lookup(".dialog-pane .button").match((Button b) -> b.getText().equals("Merge"))
                .queryButton());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> fixture.catalogue().organisations().findById(duplicateId).isEmpty());
        fixture.settle();

        Catalogue catalogue = fixture.catalogue();
        Organisation interpol = catalogue.organisations().findAll().stream()
                .filter(o -> "INTERPOL".equals(o.acronym())).findFirst().orElseThrow();
        assertThat(interpol.otherNames()).contains(DUPLICATE);
        Attendance moved = catalogue.events().findById(eventId).orElseThrow().attendance().stream()
                .filter(a -> a.id().equals(lineId)).findFirst().orElseThrow();
        assertThat(moved.organisationId()).isEqualTo(interpol.id());
        assertThat(catalogue.organisations().attendanceOfOrganisation(interpol.id(), false))
                .anyMatch(e -> e.eventId().equals(eventId));
        // The table reloaded: the filter "(dup)" now finds INTERPOL by its new other name.
        assertThat(table.getItems()).extracting(OrganisationRowViewModel::shortName).containsExactly("INTERPOL");
        assertThat(catalogue.history().forRecord(interpol.id())).extracting(e -> e.kind().name()).contains("MERGE");
    }

    @Test
    void enterOnTheChosenLineOfTheListChoosesItAsTheChooseButtonWould(FxRobot robot) throws Exception {
        ListView<MergeTarget> list = openMergeIntoOnTheDuplicate(robot);
        robot.clickOn("#mergeIntoFilter").write("interpol").push(KeyCode.DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(list.isFocused()).as("Down moves into the list").isTrue();
        assertThat(list.getSelectionModel().getSelectedItem().name()).isEqualTo(INTERPOL);

        robot.push(KeyCode.ENTER);

        assertThat(confirmation(robot).getHeaderText()).isEqualTo("Merge '" + DUPLICATE + "' into '" + INTERPOL + "'?");
        robot.push(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fixture.catalogue().organisations().findById(duplicateId)).isPresent();
    }

    @Test
    void aDoubleClickOnALineChoosesIt(FxRobot robot) throws Exception {
        openMergeIntoOnTheDuplicate(robot);
        robot.clickOn("#mergeIntoFilter").write("interpol");
        WaitForAsyncUtils.waitForFxEvents();

        robot.doubleClickOn(robot.lookup("#mergeIntoList .list-cell").nth(0).queryAs(javafx.scene.Node.class));

        assertThat(confirmation(robot).getHeaderText()).isEqualTo("Merge '" + DUPLICATE + "' into '" + INTERPOL + "'?");
        robot.push(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fixture.catalogue().organisations().findById(duplicateId)).isPresent();
    }
}
