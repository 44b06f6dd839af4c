package org.liaisonlog.gui.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.liaisonlog.gui.ScreenRobot.suggestionCell;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.liaisonlog.gui.Screen;
import org.liaisonlog.logic.search.RecordKind;
import org.liaisonlog.logic.settings.SavedSearch;
import org.liaisonlog.logic.settings.SavedSearches;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The search screen in the real main window over the example catalogue (plus a meeting in
 * Almaty): Ctrl+K, results grouped and marked as the user types, Enter opening the event in its
 * editor, filters with counts, "who sat at the same table", and a saved search that is still
 * there after the catalogue is closed and opened again.
 */
@ExtendWith(ApplicationExtension.class)
class SearchScreensTest {

    private static final String CONFERENCE = "Sixth Scientific and Practical Conference";
    private static final String CONFERENCE_TITLE = CONFERENCE + " of the Regional Anti-Terrorist Structure of the "
            + "Shanghai Cooperation Organization (RATS SCO)";

    @TempDir
    Path folder;

    private SearchScreenFixture fixture;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    private void open(FxRobot robot) throws InterruptedException {
        if (fixture == null) {
            fixture = new SearchScreenFixture(folder.resolve("catalogue"), Locale.ENGLISH);
        }
        robot.interact(() -> fixture.open(stage));
        fixture.ready();
    }

    @AfterEach
    void close() {
        try {
            FxToolkit.cleanupStages();
        } catch (TimeoutException e) {
            // a window left open by a failed test; the catalogue is closed all the same
        }
        if (fixture != null) {
            fixture.close();
        }
    }

    @Test
    void ctrlKFromAnotherScreenShowsTheSearchWithTheCursorInItsField(FxRobot robot) throws Exception {
        open(robot);
        robot.push(KeyCode.CONTROL, KeyCode.DIGIT3);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(navigation(robot).getSelectionModel().getSelectedItem()).isEqualTo(Screen.PEOPLE);

        robot.push(KeyCode.CONTROL, KeyCode.K);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(navigation(robot).getSelectionModel().getSelectedItem()).isEqualTo(Screen.SEARCH);
        TextField field = robot.lookup("#searchField").queryAs(TextField.class);
        assertThat(field.isFocused()).as("the search field has the cursor").isTrue();
        robot.write("pusto");
        awaitHit(robot, "Grigory Pustovitov");
        assertThat(field.getText()).isEqualTo("pusto");
    }

    @Test
    void typingShowsTheResultsGroupedByKindWithTheMatchesMarked(FxRobot robot) throws Exception {
        open(robot);
        searchFor(robot, "tashk", CONFERENCE);

        List<SearchItem> items = results(robot).getItems();
        List<String> headings = items.stream().filter(i -> i instanceof SearchItem.Heading)
                .map(i -> ((SearchItem.Heading) i).text()).toList();
        assertThat(headings).contains("Events — 2", "Trips — 1");
        // Each group's records follow its heading, and only records of that kind.
        RecordKind current = null;
        for (SearchItem item : items) {
            if (item instanceof SearchItem.Heading heading) {
                current = heading.kind();
            } else {
                assertThat(((SearchItem.Hit) item).kind()).isEqualTo(current);
            }
        }
        assertThat(items.get(0)).as("the list starts with a heading").isInstanceOf(SearchItem.Heading.class);
        SearchItem.Hit conference = hit(robot, CONFERENCE);
        assertThat(conference.detail()).startsWith("31 Oct – 1 Nov 2018");
        // The matching word is marked where it is shown.
        List<String> marked = robot.lookup(".search-mark").queryAllAs(Text.class).stream()
                .map(Text::getText).toList();
        assertThat(marked).isNotEmpty().anySatisfy(word -> assertThat(word).isEqualTo("Tashkent"));
        assertThat(robot.lookup("#searchStatus").queryLabeled().getText()).matches("\\d+ records found");

        robot.eraseText(5).write("Пустовитов");
        awaitHit(robot, "Grigory Pustovitov");
        assertThat(results(robot).getItems()).noneMatch(i -> i instanceof SearchItem.Hit hit
                && hit.title().text().contains(SearchScreenFixture.MEETING));
    }

    @Test
    void enterOpensTheSelectedEventInItsEditorOnTheEventsScreen(FxRobot robot) throws Exception {
        open(robot);
        searchFor(robot, "sixth conference", CONFERENCE);
        assertThat(results(robot).getSelectionModel().getSelectedItem()).as("the best record is selected")
                .isInstanceOf(SearchItem.Hit.class);
        SearchItem.Hit selected = (SearchItem.Hit) results(robot).getSelectionModel().getSelectedItem();
        assertThat(selected.title().text()).startsWith(CONFERENCE);

        robot.push(KeyCode.ENTER);
        waitUntil(() -> robot.lookup("#eventEditor").tryQuery().isPresent());
        fixture.settle();

        assertThat(navigation(robot).getSelectionModel().getSelectedItem()).isEqualTo(Screen.EVENTS);
        TextInputControl title = robot.lookup("#titleField").queryTextInputControl();
        assertThat(title.getText()).startsWith(CONFERENCE);
    }

    @Test
    void aPersonOpensInTheirEditorAndAThemeOnTheThemesScreen(FxRobot robot) throws Exception {
        open(robot);
        searchFor(robot, "Пустовитов", "Grigory Pustovitov");
        select(robot, "Grigory Pustovitov");
        robot.push(KeyCode.ENTER);
        waitUntil(() -> robot.lookup("#personEditor").tryQuery().isPresent());
        fixture.settle();
        assertThat(navigation(robot).getSelectionModel().getSelectedItem()).isEqualTo(Screen.PEOPLE);
        assertThat(robot.lookup("#personNameField").queryTextInputControl().getText()).isEqualTo("Grigory Pustovitov");
        robot.push(KeyCode.ESCAPE);
        fixture.settle();

        searchFor(robot, "border control", "Border control");
        select(robot, "Border control");
        robot.push(KeyCode.ENTER);
        fixture.settle();
        assertThat(navigation(robot).getSelectionModel().getSelectedItem()).isEqualTo(Screen.THEMES);
        waitUntil(() -> "Border control".equals(robot.lookup("#themeNameEn").queryTextInputControl().getText()));
    }

    @Test
    void downMovesToTheNextRecordSkippingHeadingsAndEnterOpensIt(FxRobot robot) throws Exception {
        open(robot);
        searchFor(robot, "tashkent", SearchScreenFixture.MEETING);
        ListView<SearchItem> results = results(robot);
        int first = results.getSelectionModel().getSelectedIndex();
        int hits = (int) results.getItems().stream().filter(i -> i instanceof SearchItem.Hit).count();
        for (int i = 0; i < hits + 2; i++) {
            robot.push(KeyCode.DOWN);
        }
        WaitForAsyncUtils.waitForFxEvents();
        SearchItem last = results.getSelectionModel().getSelectedItem();
        assertThat(last).isInstanceOf(SearchItem.Hit.class);
        assertThat(results.getSelectionModel().getSelectedIndex()).isGreaterThan(first)
                .isEqualTo(results.getItems().size() - 1);
        assertThat(robot.lookup("#searchField").queryAs(TextField.class).isFocused()).isTrue();
        robot.push(KeyCode.UP);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(results.getSelectionModel().getSelectedItem()).isInstanceOf(SearchItem.Hit.class);
    }

    @Test
    void aFilterNarrowsTheResultsAndEveryValueShowsItsCount(FxRobot robot) throws Exception {
        open(robot);
        searchFor(robot, "tashkent", SearchScreenFixture.MEETING);
        assertThat(kinds(robot)).contains(RecordKind.EVENT, RecordKind.TRIP);
        assertThat(optionTexts(robot, "#filterEVENT_KIND")).containsExactlyInAnyOrder("Conference (1)", "Meeting (1)");
        assertThat(optionTexts(robot, "#filterCOUNTRY")).containsExactlyInAnyOrder("Uzbekistan (1)", "Kazakhstan (1)");

        robot.clickOn(option(robot, "#filterCOUNTRY", "Kazakhstan (1)"));
        try {
            waitUntil(() -> hitTitles(robot).size() == 1);
        } catch (TimeoutException e) {
            System.out.println("DEBUG hits " + hitTitles(robot) + " countries " + optionTexts(robot, "#filterCOUNTRY")
                    + " " + robot.lookup("#filterCOUNTRY").lookup(".search-option").queryAllAs(CheckBox.class)
                    .stream().map(c -> c.isSelected() + " " + c.localToScreen(c.getBoundsInLocal())).toList());
            throw e;
        }
        fixture.settle();

        assertThat(hitTitles(robot)).containsExactly(SearchScreenFixture.MEETING);
        assertThat(kinds(robot)).containsExactly(RecordKind.EVENT);
        assertThat(option(robot, "#filterCOUNTRY", "Kazakhstan (1)").isSelected()).isTrue();
        // The other countries keep their counts, so the choice can be widened.
        assertThat(optionTexts(robot, "#filterCOUNTRY")).contains("Uzbekistan (1)");
        assertThat(optionTexts(robot, "#filterEVENT_KIND")).containsExactly("Meeting (1)");

        robot.clickOn("#clearFilters");
        awaitHit(robot, CONFERENCE);
        assertThat(kinds(robot)).contains(RecordKind.TRIP);
    }

    @Test
    void aPeriodTypedBackwardsIsSaidUnderTheDatesRatherThanSilentlyFindingNothing(FxRobot robot) throws Exception {
        open(robot);
        searchFor(robot, "tashkent", CONFERENCE);
        Labeled error = robot.lookup("#searchPeriodError").queryLabeled();
        assertThat(error.isVisible()).isFalse();

        robot.clickOn("#searchFrom").write("1 Jan 2019").push(KeyCode.TAB);
        robot.clickOn("#searchTo").write("1 Jan 2018").push(KeyCode.TAB);
        waitUntil(() -> hitTitles(robot).isEmpty());
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(error.isVisible()).isTrue();
        assertThat(error.getText()).isEqualTo("The last day is before the first.");
        assertThat(robot.lookup("#searchTo").queryAs(javafx.scene.control.DatePicker.class).getStyleClass())
                .contains("field-error");

        robot.clickOn("#clearFilters");
        awaitHit(robot, CONFERENCE);
        assertThat(error.isVisible()).isFalse();
    }

    @Test
    void aYearThatIsNotAYearIsSaidUnderTheFieldRatherThanSilentlyFindingNothing(FxRobot robot) throws Exception {
        open(robot);
        robot.push(KeyCode.CONTROL, KeyCode.K);
        TextField field = robot.lookup("#searchField").queryAs(TextField.class);
        String tooltip = field.getTooltip().getText();
        Labeled error = robot.lookup("#searchQueryError").queryLabeled();
        robot.write("tashkent");
        awaitHit(robot, CONFERENCE);
        assertThat(error.isVisible()).isFalse();

        robot.write(" year:abc");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(error.isVisible()).isTrue();
        assertThat(error.getText()).isEqualTo("“year:abc” is not a year: write year:2018 or year:2015-2018.");
        assertThat(field.getStyleClass()).contains("field-error");

        robot.type(KeyCode.BACK_SPACE, 3).write("2018");
        waitUntil(() -> field.getText().equals("tashkent year:2018"));
        awaitHit(robot, CONFERENCE);
        assertThat(error.isVisible()).isFalse();
        assertThat(field.getStyleClass()).doesNotContain("field-error");
        assertThat(field.getTooltip().getText()).as("the field's own tooltip is back").isEqualTo(tooltip);
    }

    @Test
    void whoSatAtTheSameTableListsTheEventsAllOfThemAttended(FxRobot robot) throws Exception {
        open(robot);
        robot.push(KeyCode.CONTROL, KeyCode.K);
        fixture.settle();
        chooseSuggestion(robot, "UNODC", "UN Office on Drugs and Crime (UNODC)");
        waitUntil(() -> hitTitles(robot).size() == 2);
        assertThat(hitTitles(robot)).containsExactlyInAnyOrder(CONFERENCE_TITLE, SearchScreenFixture.MEETING);

        chooseSuggestion(robot, "INTERPOL", "International Criminal Police Organization (INTERPOL)");
        waitUntil(() -> hitTitles(robot).size() == 1);
        fixture.settle();
        assertThat(hitTitles(robot).get(0)).startsWith(CONFERENCE);
        assertThat(hit(robot, CONFERENCE).detail()).startsWith("31 Oct – 1 Nov 2018");
        assertThat(robot.lookup("#tableParties").queryAs(javafx.scene.layout.FlowPane.class).getChildren())
                .hasSize(2);
    }

    @Test
    void aSavedSearchIsListedInTheNavigationAndStillThereAfterARestart(FxRobot robot) throws Exception {
        open(robot);
        searchFor(robot, "tashkent", SearchScreenFixture.MEETING);
        robot.clickOn(option(robot, "#filterEVENT_KIND", "Meeting (1)"));
        waitUntil(() -> hitTitles(robot).size() == 1);
        robot.clickOn("#saveSearchButton");
        TextInputControl name = robot.lookup("#savedSearchName").queryTextInputControl();
        assertThat(name.getText()).as("the name offered is the text searched").isEqualTo("tashkent");
        robot.eraseText(8).write("Meetings on Tashkent");
        robot.clickOn("#confirmSaveSearch");
        fixture.settle();
        assertThat(savedList(robot).getItems()).extracting(SavedSearch::name).containsExactly("Meetings on Tashkent");

        // Quit and start again on the same catalogue.
        robot.interact(() -> {
            try {
                FxToolkit.cleanupStages();
            } catch (TimeoutException e) {
                throw new IllegalStateException(e);
            }
        });
        fixture.close();
        stage = FxToolkit.registerStage(Stage::new);
        open(robot);
        assertThat(navigation(robot).getSelectionModel().getSelectedItem()).isEqualTo(Screen.EVENTS);
        ListView<SavedSearch> saved = savedList(robot);
        assertThat(saved.getItems()).extracting(SavedSearch::name).containsExactly("Meetings on Tashkent");
        assertThat(saved.isVisible()).isTrue();

        robot.clickOn("Meetings on Tashkent");
        waitUntil(() -> hitTitles(robot).size() == 1);
        fixture.settle();
        assertThat(navigation(robot).getSelectionModel().getSelectedItem()).isEqualTo(Screen.SEARCH);
        assertThat(robot.lookup("#searchField").queryAs(TextField.class).getText()).isEqualTo("tashkent");
        assertThat(hitTitles(robot)).containsExactly(SearchScreenFixture.MEETING);
        assertThat(option(robot, "#filterEVENT_KIND", "Meeting (1)").isSelected()).isTrue();

        // Removing it asks first, then it is gone from the navigation and from the catalogue.
        fixture.dialogs.answerConfirmations(true);
        robot.clickOn("Meetings on Tashkent");
        robot.push(KeyCode.DELETE);
        fixture.settle();
        assertThat(savedList(robot).getItems()).isEmpty();
        assertThat(savedList(robot).getParent().isVisible()).isFalse();
        assertThat(new SavedSearches(fixture.catalogue()).list()).isEmpty();
    }

    // --- helpers

    /** Ctrl+K, the query typed, and its hit awaited, as the officer searches from any screen. */
    private static void searchFor(FxRobot robot, String query, String awaited) throws TimeoutException {
        robot.push(KeyCode.CONTROL, KeyCode.K);
        robot.write(query);
        awaitHit(robot, awaited);
    }

    private static ListView<Screen> navigation(FxRobot robot) {
        return robot.lookup("#navigation").queryListView();
    }

    private static ListView<SearchItem> results(FxRobot robot) {
        return robot.lookup("#searchResults").queryListView();
    }

    private static ListView<SavedSearch> savedList(FxRobot robot) {
        return robot.lookup("#savedSearches").queryListView();
    }

    private static List<String> hitTitles(FxRobot robot) {
        return results(robot).getItems().stream().filter(i -> i instanceof SearchItem.Hit)
                .map(i -> ((SearchItem.Hit) i).title().text()).toList();
    }

    private static List<RecordKind> kinds(FxRobot robot) {
        return results(robot).getItems().stream().filter(i -> i instanceof SearchItem.Heading)
                .map(i -> ((SearchItem.Heading) i).kind()).toList();
    }

    private static SearchItem.Hit hit(FxRobot robot, String titleStart) {
        return results(robot).getItems().stream().filter(i -> i instanceof SearchItem.Hit)
                .map(i -> (SearchItem.Hit) i).filter(h -> h.title().text().startsWith(titleStart))
                .findFirst().orElseThrow();
    }

    /** Selects the record whose title is this, as Up and Down would, the cursor staying in the field. */
    private static void select(FxRobot robot, String title) {
        ListView<SearchItem> results = results(robot);
        robot.interact(() -> results.getSelectionModel().select(results.getItems().stream()
                .filter(i -> i instanceof SearchItem.Hit h && h.title().text().equals(title)).findFirst().orElseThrow()));
    }

    private static void awaitHit(FxRobot robot, String titleStart) throws TimeoutException {
        waitUntil(() -> hitTitles(robot).stream().anyMatch(t -> t.startsWith(titleStart)));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static List<String> optionTexts(FxRobot robot, String section) {
        return robot.lookup(section).lookup(".search-option").queryAllAs(CheckBox.class).stream()
                .map(Labeled::getText).toList();
    }

    private static CheckBox option(FxRobot robot, String section, String text) {
        return robot.lookup(section).lookup(".search-option").queryAllAs(CheckBox.class).stream()
                .filter(c -> c.getText().equals(text)).findFirst().orElseThrow();
    }

    /** Types into "who sat at the same table", waits for the suggestion and clicks it. */
    private void chooseSuggestion(FxRobot robot, String typed, String suggestion) throws TimeoutException {
        robot.clickOn("#tablePartyField").write(typed);
        waitUntil(() -> suggestionCell(suggestion).isPresent());
        robot.clickOn(suggestionCell(suggestion).orElseThrow());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void waitUntil(java.util.concurrent.Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, condition);
    }
}
