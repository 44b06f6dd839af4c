package org.liaisonlog.gui.event;

import java.util.List;
import java.util.Optional;
import javafx.application.Platform;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.liaisonlog.gui.util.Autocomplete;
import org.liaisonlog.gui.util.Fields;
import org.liaisonlog.gui.util.Forms;
import org.liaisonlog.gui.util.Messages;
import org.liaisonlog.gui.util.Styles;
import org.liaisonlog.model.attendance.AttendanceStatus;
import org.liaisonlog.model.attendance.Capacity;
import org.liaisonlog.model.attendance.ParticipantRole;
import org.liaisonlog.model.organisation.Organisation;
import org.liaisonlog.model.person.Person;

/** The form for one participant line; OK only while it is valid. */
final class ParticipantDialog {

    private final Dialog<ButtonType> dialog = new Dialog<>();

    ParticipantDialog(ParticipantEditorViewModel editor, Messages messages, Window owner) {
        dialog.initOwner(owner);
        dialog.setTitle(messages.get("participant.title"));
        String language = messages.language();
        CatalogueChoices choices = editor.choices();

        TextField organisation = Fields.text("participantOrganisation", editor.organisationProperty());
        organisation.setPromptText(messages.get("participant.organisationPrompt"));
        Autocomplete.strings(organisation, text -> choices.suggestOrganisations(text)
                .stream().map(Organisation::displayName).toList());
        TextField person = Fields.text("participantPerson", editor.personProperty());
        person.setPromptText(messages.get("participant.personPrompt"));
        Autocomplete.strings(person, text -> choices.suggestPeople(text)
                .stream().map(Person::name).toList());
        TextField description = Fields.text("participantDescription", editor.descriptionProperty());
        description.setPromptText(messages.get("participant.descriptionPrompt"));
        ComboBox<Capacity> capacity = Forms.comboBox(List.of(Capacity.values()), messages::of);
        capacity.setId("participantCapacity");
        capacity.valueProperty().bindBidirectional(editor.capacityProperty());
        TextField country = Fields.text("participantCountry", editor.countryProperty());
        Autocomplete.strings(country, text -> choices.countries().suggest(text, 12)
                .stream().map(c -> c.name(language)).toList());
        ComboBox<ParticipantRole> role = Forms.optionalComboBox(List.of(ParticipantRole.values()), messages::of,
                messages.get("participant.noRole"));
        role.setId("participantRole");
        role.valueProperty().bindBidirectional(editor.roleProperty());
        TextField title = Fields.text("participantTitle", editor.titleProperty());
        ComboBox<AttendanceStatus> status = Forms.comboBox(List.of(AttendanceStatus.values()), messages::of);
        status.setId("participantStatus");
        status.valueProperty().bindBidirectional(editor.statusProperty());
        TextArea notes = new TextArea();
        notes.setId("participantNotes");
        notes.setPrefRowCount(3);
        notes.setWrapText(true);
        notes.textProperty().bindBidirectional(editor.notesProperty());

        Label nobody = new Label();
        nobody.setId("participantNobodyError");
        nobody.getStyleClass().add("field-error-text");
        nobody.textProperty().bind(editor.nobodyErrorProperty());
        nobody.visibleProperty().bind(editor.nobodyErrorProperty().isNotNull());
        nobody.managedProperty().bind(nobody.visibleProperty());

        Forms form = new Forms()
                .field(messages.get("participant.organisation"), organisation, editor.organisationErrorProperty())
                .field(messages.get("participant.person"), person, editor.personErrorProperty())
                .field(messages.get("participant.description"), description)
                .field(messages.get("participant.capacity"), capacity, editor.capacityErrorProperty())
                .field(messages.get("participant.country"), country, editor.countryErrorProperty())
                .field(messages.get("participant.role"), role)
                .field(messages.get("participant.titleAtEvent"), title)
                .field(messages.get("participant.status"), status)
                .field(messages.get("participant.notes"), notes);
        dialog.getDialogPane().setContent(new VBox(8, nobody, form.build()));
        ButtonType ok = new ButtonType(messages.get("action.ok"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(messages.get("action.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().addAll(ok, cancel);
        dialog.getDialogPane().lookupButton(ok).setId("participantOk");
        dialog.getDialogPane().lookupButton(ok).disableProperty().bind(editor.validProperty().not());
        dialog.getDialogPane().setPrefWidth(620);
        Styles.apply(dialog.getDialogPane());
        dialog.setResultConverter(button -> button == ok ? ok : null);
        // The form starts in its first field, not on a button: a participant is typed from the first key.
        dialog.setOnShown(e -> Platform.runLater(organisation::requestFocus));
    }

    Optional<ButtonType> showAndWait() {
        return dialog.showAndWait();
    }
}
