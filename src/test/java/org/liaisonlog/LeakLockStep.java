package org.liaisonlog;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.event.ActionEvent;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.liaisonlog.gui.WorkspaceFixture;

/**
 * The leak scan's window step, in its child process: the real main window over the encrypted
 * catalogue (headless JavaFX, Monocle), its events table read, then locked (File › Lock, what
 * Ctrl+L and the idle time do) and unlocked with the password typed into the lock screen.
 */
final class LeakLockStep {

    private LeakLockStep() {
    }

    static void showAndLock(Path folder, String password) throws Exception {
        CompletableFuture<Void> started = new CompletableFuture<>();
        Platform.startup(() -> started.complete(null));
        started.get(60, TimeUnit.SECONDS);
        WorkspaceFixture fixture = new WorkspaceFixture(folder);
        Stage[] stage = new Stage[1];
        onFx(() -> {
            stage[0] = new Stage();
            fixture.openEncrypted(stage[0], password, Duration.ofMinutes(10));
        });
        fixture.settle();
        int rows = onFx(() -> ((TableView<?>) stage[0].getScene().lookup("#eventsTable")).getItems().size());
        onFx(() -> fixture.locker().lock());
        boolean locked = onFx(() -> "lockPane".equals(stage[0].getScene().getRoot().getId())
                && stage[0].getScene().lookup("#eventsTable") == null);
        onFx(() -> {
            PasswordField field = (PasswordField) stage[0].getScene().lookup("#passphraseField");
            field.setText(password);
            field.fireEvent(new ActionEvent());
        });
        for (int i = 0; i < 400 && onFx(() -> fixture.locker().lockedProperty().get()); i++) {
            Thread.sleep(25);
        }
        boolean unlocked = onFx(() -> !fixture.locker().lockedProperty().get()
                && stage[0].getScene().lookup("#eventsTable") != null);
        onFx(() -> {
            fixture.close();
            stage[0].close();
        });
        Platform.exit();
        System.out.println("WINDOW ROWS " + rows + " LOCKED " + locked + " UNLOCKED " + unlocked);
        if (!locked || !unlocked || rows == 0) {
            throw new IllegalStateException("the window did not lock and unlock");
        }
    }

    private static void onFx(Runnable action) throws Exception {
        onFx(() -> {
            action.run();
            return null;
        });
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> action) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(action.call());
            } catch (Throwable e) {
                result.completeExceptionally(e);
            }
        });
        return result.get(60, TimeUnit.SECONDS);
    }
}
