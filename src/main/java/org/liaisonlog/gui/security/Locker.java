package org.liaisonlog.gui.security;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.collections.ListChangeListener;
import javafx.event.EventHandler;
import javafx.scene.Parent;
import javafx.scene.input.InputEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.liaisonlog.gui.util.Messages;
import org.liaisonlog.logic.catalogue.WrongPasswordException;
import org.liaisonlog.logic.util.TaskExecutor;

/**
 * Locks the program after an idle time, or on demand (Ctrl+L): the main window's content gives
 * way to a password field and every other window of the program (editors, dialogs) is hidden —
 * hidden, not closed, so that nothing typed in an open form is lost. The catalogue's password
 * shows them all again. Only for an encrypted catalogue: without a password there is nothing to
 * unlock with.
 */
public final class Locker {

    /** The shortcut that locks at once (also shown in the main window's File menu). */
    public static final KeyCombination LOCK_KEY = new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN);

    /** Tells whether a password is the catalogue's (slow: runs in the background). */
    @FunctionalInterface
    public interface PasswordCheck {
        boolean accepts(char[] passphrase);
    }

    private final Stage main;
    private final Messages messages;
    private final TaskExecutor executor;
    private final PasswordCheck check;
    private final PauseTransition idle = new PauseTransition();
    private final ReadOnlyBooleanWrapper locked = new ReadOnlyBooleanWrapper(false);
    private final EventHandler<InputEvent> activity = e -> restartIdle();
    /** Ctrl+L locks from any of the program's windows, not only from the main window's menu. */
    private final EventHandler<KeyEvent> lockKey = e -> {
        if (LOCK_KEY.match(e) && !locked.get()) {
            e.consume();
            lock();
        }
    };
    private final List<Window> hidden = new ArrayList<>();
    private final List<Window> watched = new ArrayList<>();
    private final ListChangeListener<Window> windowsChanged = change -> watchWindows();
    private Parent content;
    private Duration idleTime;

    /**
     * @param idleTime after how long without a key or a mouse move the program locks; null or
     *                 zero: only on demand
     */
    public Locker(Stage main, Messages messages, TaskExecutor executor, PasswordCheck check, Duration idleTime) {
        this.main = main;
        this.messages = messages;
        this.executor = executor;
        this.check = check;
        idle.setOnFinished(e -> lock());
        setIdleTime(idleTime);
        Window.getWindows().addListener(windowsChanged);
        watchWindows();
    }

    /** Changes the idle time (null or zero: lock only on demand) and starts counting again. */
    public void setIdleTime(Duration idleTime) {
        this.idleTime = idleTime == null || idleTime.isZero() || idleTime.isNegative() ? null : idleTime;
        restartIdle();
    }

    /** The idle time after which the window locks, or null when it locks only on demand. */
    public Duration idleTime() {
        return idleTime;
    }

    private void restartIdle() {
        idle.stop();
        if (idleTime != null && !locked.get()) {
            idle.setDuration(javafx.util.Duration.millis(idleTime.toMillis()));
            idle.playFromStart();
        }
    }

    /** Every window of the program counts its keys and mouse moves as activity. */
    private void watchWindows() {
        for (Window window : Window.getWindows()) {
            if (!watched.contains(window)) {
                window.addEventFilter(InputEvent.ANY, activity);
                window.addEventFilter(KeyEvent.KEY_PRESSED, lockKey);
                watched.add(window);
            }
        }
        watched.removeIf(window -> {
            if (!Window.getWindows().contains(window)) {
                window.removeEventFilter(InputEvent.ANY, activity);
                window.removeEventFilter(KeyEvent.KEY_PRESSED, lockKey);
                return true;
            }
            return false;
        });
    }

    /** Hides everything and asks for the password. Nothing when already locked. */
    public void lock() {
        if (locked.get() || main.getScene() == null) {
            return;
        }
        idle.stop();
        locked.set(true);
        for (Window window : List.copyOf(Window.getWindows())) {
            if (window != main && window.isShowing()) {
                hidden.add(window);
                window.hide();
            }
        }
        content = main.getScene().getRoot();
        PassphraseViewModel viewModel = new PassphraseViewModel(messages, executor);
        PassphrasePane[] pane = new PassphrasePane[1];
        pane[0] = new PassphrasePane(viewModel, messages.get("lock.heading"), messages.get("lock.explanation"),
                messages.get("lock.unlock"), () -> viewModel.submit(passphrase -> {
                    if (!check.accepts(passphrase)) {
                        throw new WrongPasswordException();
                    }
                    return Boolean.TRUE;
                }, ok -> unlock(), failure -> pane[0].focus()));
        pane[0].setId("lockPane");
        main.getScene().setRoot(pane[0]);
        Platform.runLater(pane[0]::focus);
    }

    /** Shows the window's content and the hidden windows again. */
    private void unlock() {
        main.getScene().setRoot(content);
        content = null;
        for (Window window : hidden) {
            if (window instanceof Stage stage) {
                stage.show();
            }
        }
        hidden.clear();
        locked.set(false);
        restartIdle();
    }

    public ReadOnlyBooleanProperty lockedProperty() {
        return locked.getReadOnlyProperty();
    }

    /** Stops counting idle time and watching windows (the catalogue is closing). */
    public void close() {
        idle.stop();
        Window.getWindows().removeListener(windowsChanged);
        watched.forEach(window -> {
            window.removeEventFilter(InputEvent.ANY, activity);
            window.removeEventFilter(KeyEvent.KEY_PRESSED, lockKey);
        });
        watched.clear();
    }
}
