package org.liaisonlog;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The floor of the start-up measurement: a minimal JavaFX window showing one label, started on
 * the same runtime as the program ({@code java -cp … org.liaisonlog.StartupFloor}), timed by the
 * same {@link StartupProbe} to its first rendered frame. Not a JavaFX {@code Application} itself,
 * so that it starts from a plain class path, as the program does.
 */
public final class StartupFloor {

    private StartupFloor() {
    }

    public static void main(String[] args) {
        StartupTrace.mark("main");
        Application.launch(Window.class, args);
    }

    /** The window: one label, the program's window size. */
    public static final class Window extends Application {

        @Override
        public void start(Stage stage) {
            StartupTrace.mark("toolkit started");
            Scene scene = new Scene(new StackPane(new Label("Liaison Log")), 1280, 800);
            stage.setTitle("Start-up floor");
            stage.setScene(scene);
            StartupProbe.fromEnvironment().watchFirstFrame(scene);
            stage.show();
        }
    }
}
