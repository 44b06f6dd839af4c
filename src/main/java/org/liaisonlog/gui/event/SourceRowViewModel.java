package org.liaisonlog.gui.event;

import java.time.LocalDate;
import java.util.UUID;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.liaisonlog.model.event.Source;

/** One source of an event, as edited. */
public final class SourceRowViewModel {

    private final UUID id;
    private final StringProperty url = new SimpleStringProperty("");
    private final StringProperty publisher = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> publishedOn = new SimpleObjectProperty<>();
    /** The published date as typed while it is not a date (kept for when the source is shown again), or null. */
    private final StringProperty publishedUnreadable = new SimpleStringProperty();
    private final StringProperty text = new SimpleStringProperty("");

    public SourceRowViewModel(Source source) {
        this.id = source == null ? UUID.randomUUID() : source.id();
        if (source != null) {
            url.set(nonNull(source.url()));
            publisher.set(nonNull(source.publisher()));
            publishedOn.set(source.publishedOn());
            text.set(nonNull(source.text()));
        }
    }

    public Source toSource() {
        return new Source(id, blankToNull(url.get()), blankToNull(publisher.get()), publishedOn.get(),
                blankToNull(text.get()));
    }

    public StringProperty urlProperty() {
        return url;
    }

    public StringProperty publisherProperty() {
        return publisher;
    }

    public ObjectProperty<LocalDate> publishedOnProperty() {
        return publishedOn;
    }

    public StringProperty publishedUnreadableProperty() {
        return publishedUnreadable;
    }

    public StringProperty textProperty() {
        return text;
    }

    static String nonNull(String s) {
        return s == null ? "" : s;
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
