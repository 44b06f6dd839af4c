package org.liaisonlog.gui.report;

import java.util.List;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.liaisonlog.gui.util.Forms;
import org.liaisonlog.gui.util.Messages;
import org.liaisonlog.gui.util.Pickers;
import org.liaisonlog.logic.report.PaperSize;
import org.liaisonlog.logic.report.ReportKind;
import org.liaisonlog.logic.report.ReportTarget;
import org.liaisonlog.model.attendance.Capacity;

/** The left side of the reports screen: which report, of what, and how; then Preview. */
final class ReportOptionsPane extends VBox {

    private final ReportsViewModel viewModel;
    private final ReportChoices choices;
    private final Messages messages;
    private final TextField filter = new TextField();

    ReportOptionsPane(ReportsViewModel viewModel, Messages messages) {
        super(12);
        this.viewModel = viewModel;
        this.choices = viewModel.choices();
        this.messages = messages;
        getStyleClass().add("report-options");
        setPadding(new Insets(12));
        getChildren().addAll(kinds(), targets(), period(), attendanceOptions(), common());
    }

    private Node kinds() {
        ToggleGroup group = new ToggleGroup();
        VBox box = new VBox(6, heading("reports.kind"));
        for (ReportKind kind : ReportKind.values()) {
            RadioButton button = new RadioButton(messages.of(kind));
            button.setId("kind" + kind.name());
            button.setToggleGroup(group);
            button.setUserData(kind);
            button.setSelected(choices.kindProperty().get() == kind);
            box.getChildren().add(button);
        }
        group.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now != null) {
                choices.kindProperty().set((ReportKind) now.getUserData());
            }
        });
        choices.kindProperty().addListener((obs, old, kind) -> group.getToggles().stream()
                .filter(t -> t.getUserData() == kind).findFirst().ifPresent(t -> t.setSelected(true)));
        return box;
    }

    private Node targets() {
        Label heading = new Label();
        heading.getStyleClass().add("report-options-heading");
        heading.textProperty().bind(Bindings.when(choices.kindProperty().isEqualTo(ReportKind.TRIP))
                .then(messages.get("reports.trip")).otherwise(messages.get("reports.event")));
        filter.setId("reportTargetFilter");
        filter.setPromptText(messages.get("reports.targetFilterPrompt"));
        filter.setTooltip(new Tooltip(messages.get("reports.targetFilterTooltip")));
        filter.textProperty().bindBidirectional(choices.targetFilterProperty());
        ListView<ReportTarget> list = new ListView<>(choices.targets());
        list.setId("reportTargets");
        list.setPrefHeight(200);
        list.setPlaceholder(new Label(messages.get("reports.noTargets")));
        list.setCellFactory(v -> new ListCell<>() {
            {
                // Long titles wrap to the list's width rather than run off it.
                setWrapText(true);
                setPrefWidth(0);
            }

            @Override
            protected void updateItem(ReportTarget item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.label());
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                choices.targetProperty().set(now);
            }
        });
        choices.targetProperty().addListener((obs, old, now) -> selectIn(list, now));
        list.getItems().addListener((javafx.collections.ListChangeListener<ReportTarget>) c ->
                selectIn(list, choices.targetProperty().get()));
        list.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                viewModel.preview();
            }
        });
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                viewModel.preview();
            }
        });
        filter.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DOWN) {
                list.requestFocus();
                list.getSelectionModel().selectFirst();
            } else if (e.getCode() == KeyCode.ENTER) {
                // The one entry the words leave is the one meant.
                if (choices.targets().size() == 1) {
                    choices.targetProperty().set(choices.targets().get(0));
                }
                viewModel.preview();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                filter.clear();
            }
        });
        VBox box = new VBox(6, heading, filter, list);
        VBox.setVgrow(list, Priority.ALWAYS);
        showOnlyFor(box, ReportKind.ATTENDANCE, ReportKind.SIGN_IN, ReportKind.TRIP);
        return box;
    }

    private static void selectIn(ListView<ReportTarget> list, ReportTarget target) {
        if (target == null) {
            list.getSelectionModel().clearSelection();
        } else if (!target.equals(list.getSelectionModel().getSelectedItem())) {
            list.getSelectionModel().select(target);
            list.scrollTo(target);
        }
    }

    private Node period() {
        var from = Pickers.datePicker(choices.fromProperty(), messages);
        from.setId("reportFrom");
        var to = Pickers.datePicker(choices.toProperty(), messages);
        to.setId("reportTo");
        Node grid = new Forms()
                .field(messages.get("reports.from"), from)
                .field(messages.get("reports.to"), to)
                .build();
        VBox box = new VBox(6, heading("reports.period"), grid);
        showOnlyFor(box, ReportKind.SUMMARY);
        return box;
    }

    private Node attendanceOptions() {
        CheckBox people = new CheckBox(messages.get("reports.showPeople"));
        people.setId("reportShowPeople");
        people.setWrapText(true);
        people.selectedProperty().bindBidirectional(choices.showPeopleProperty());
        CheckBox absent = new CheckBox(messages.get("reports.includeAbsent"));
        absent.setId("reportIncludeAbsent");
        absent.setWrapText(true);
        absent.selectedProperty().bindBidirectional(choices.includeAbsentProperty());
        ListView<Capacity> groups = new ListView<>(choices.groupOrder());
        groups.setId("reportGroupOrder");
        groups.setPrefHeight(150);
        groups.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Capacity item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : messages.of(item));
            }
        });
        Button up = new Button("▲");
        up.setId("reportGroupUp");
        up.setTooltip(new Tooltip(messages.get("reports.groupUp")));
        Button down = new Button("▼");
        down.setId("reportGroupDown");
        down.setTooltip(new Tooltip(messages.get("reports.groupDown")));
        up.disableProperty().bind(groups.getSelectionModel().selectedIndexProperty().lessThan(1));
        down.disableProperty().bind(groups.getSelectionModel().selectedIndexProperty().lessThan(0)
                .or(groups.getSelectionModel().selectedIndexProperty().isEqualTo(Capacity.values().length - 1)));
        up.setOnAction(e -> move(groups, true));
        down.setOnAction(e -> move(groups, false));
        HBox order = new HBox(6, groups, new VBox(6, up, down));
        HBox.setHgrow(groups, Priority.ALWAYS);
        VBox box = new VBox(6, heading("reports.options"), people, absent,
                new Label(messages.get("reports.groupOrder")), order);
        showOnlyFor(box, ReportKind.ATTENDANCE);
        return box;
    }

    private void move(ListView<Capacity> groups, boolean up) {
        Capacity group = groups.getSelectionModel().getSelectedItem();
        if (group != null) {
            if (up) {
                choices.moveUp(group);
            } else {
                choices.moveDown(group);
            }
            groups.getSelectionModel().select(group);
            groups.scrollTo(Math.max(0, groups.getSelectionModel().getSelectedIndex() - 2));
        }
    }

    private Node common() {
        ComboBox<Locale> language = Forms.comboBox(List.of(ReportChoices.ENGLISH, ReportChoices.RUSSIAN),
                l -> messages.get(l.equals(ReportChoices.RUSSIAN) ? "language.ru" : "language.en"));
        language.setId("reportLanguage");
        language.valueProperty().bindBidirectional(choices.languageProperty());
        ComboBox<PaperSize> paper = Forms.comboBox(List.of(PaperSize.values()), messages::of);
        paper.setId("reportPaper");
        paper.valueProperty().bindBidirectional(choices.paperProperty());
        Spinner<Integer> blankRows = new Spinner<>(0, 200, 10);
        blankRows.setId("reportBlankRows");
        blankRows.setEditable(true);
        blankRows.getValueFactory().valueProperty().bindBidirectional(choices.blankRowsProperty());
        Forms form = new Forms()
                .field(messages.get("reports.language"), language)
                .field(messages.get("reports.paper"), paper);
        VBox box = new VBox(6, form.build());
        Node rows = new Forms().field(messages.get("reports.blankRows"), blankRows).build();
        showOnlyFor(rows, ReportKind.SIGN_IN);
        box.getChildren().add(rows);
        return box;
    }

    /** Preview, and why it cannot be pressed yet; shown below the options, always in sight. */
    Node previewButton() {
        Button preview = new Button(messages.get("reports.preview"));
        preview.setId("reportPreviewButton");
        preview.setDefaultButton(false);
        preview.setTooltip(new Tooltip(messages.get("reports.previewTooltip")));
        preview.disableProperty().bind(choices.problemProperty().isNotEmpty().or(viewModel.busyProperty()));
        preview.setOnAction(e -> viewModel.preview());
        preview.setMaxWidth(Double.MAX_VALUE);
        Label problem = new Label();
        problem.setId("reportProblem");
        problem.setWrapText(true);
        problem.getStyleClass().add("report-problem");
        problem.textProperty().bind(choices.problemProperty());
        VBox box = new VBox(6, preview, problem);
        box.getStyleClass().add("report-preview-box");
        box.setPadding(new Insets(10, 12, 10, 12));
        return box;
    }

    private Label heading(String key) {
        Label label = new Label(messages.get(key));
        label.getStyleClass().add("report-options-heading");
        return label;
    }

    private void showOnlyFor(Node node, ReportKind... kinds) {
        List<ReportKind> shownFor = List.of(kinds);
        BooleanBinding shown = Bindings.createBooleanBinding(() -> shownFor.contains(choices.kindProperty().get()),
                choices.kindProperty());
        node.visibleProperty().bind(shown);
        node.managedProperty().bind(shown);
    }

    void focusFilter() {
        filter.requestFocus();
        filter.selectAll();
    }
}
