package org.liaisonlog.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.VirtualFlow;
import javafx.stage.Stage;
import org.liaisonlog.gui.RecordingDialogs;
import org.liaisonlog.gui.event.EventRowViewModel;
import org.liaisonlog.gui.event.EventsView;
import org.liaisonlog.gui.event.EventsViewModel;
import org.liaisonlog.gui.util.Messages;
import org.liaisonlog.logic.event.EventService;
import org.liaisonlog.logic.util.TaskExecutor;
import org.liaisonlog.persistence.H2Catalogue;

/**
 * How fast the real Events table scrolls and sorts on a large catalogue (one made by the generate
 * command): the real {@link EventsView} in a headless JavaFX stage (Monocle and the software
 * renderer, as the UI tests run), every line loaded and the sort keys prepared, then on the
 * JavaFX thread: jumps to positions spread over the whole table (as dragging the scroll bar's
 * thumb does) and pages down a screen at a time (as Page Down and the wheel do), each followed by
 * drawing the window into an image, which makes the CSS, layout and rendering of a frame happen
 * then; and a sort by each text column, drawn. Prints figures; asserts nothing.
 *
 * <pre>
 * mvn -q test-compile org.codehaus.mojo:exec-maven-plugin:3.5.0:java -Dexec.classpathScope=test \
 *   -Dexec.mainClass=org.liaisonlog.bench.ScrollBenchmark -Dexec.args="--catalogue DIR [--runs 3]"
 * </pre>
 */
public final class ScrollBenchmark {

    private static final int JUMPS = 50;
    private static final int PAGES = 100;

    private ScrollBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("slf4j.internal.verbosity", "ERROR");
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        System.setProperty("prism.text", "t2k");
        List<String> rest = new ArrayList<>(List.of(args));
        int at = rest.indexOf("--catalogue");
        if (at < 0 || at + 1 >= rest.size()) {
            System.err.println("usage: ScrollBenchmark --catalogue DIR [--runs N]");
            System.exit(2);
        }
        Path folder = Path.of(rest.remove(at + 1));
        rest.remove(at);
        Map<String, Long> values = BenchArgs.parse(rest.toArray(String[]::new), Map.of("runs", 3L, "warmup", 1L));
        int runs = BenchArgs.intValue(values, "runs");
        CompletableFuture<Void> started = new CompletableFuture<>();
        Platform.startup(() -> started.complete(null));
        started.get(30, TimeUnit.SECONDS);
        try (H2Catalogue catalogue = H2Catalogue.open(folder)) {
            Messages messages = new Messages(Locale.ENGLISH);
            long loading = System.nanoTime();
            TableView<EventRowViewModel> table = onFx(() -> {
                Stage stage = new Stage();
                EventsView view = new EventsView(new EventsViewModel(new EventService(catalogue),
                        TaskExecutor.synchronous(), new RecordingDialogs(), messages), messages, () -> stage);
                stage.setScene(new Scene(view, 1280, 800));
                stage.show();
                view.load();
                stage.getScene().snapshot(null);
                return view.tableView();
            });
            System.out.printf("Liaison Log — events table scrolling benchmark on %s%n", folder);
            System.out.printf("%,d lines loaded, keys prepared, first frame drawn in %.1f s (synchronous, setup)%n",
                    table.getItems().size(), (System.nanoTime() - loading) / 1e9);
            System.out.printf("Each figure: the change, then the whole window drawn (CSS, layout, rendering); "
                    + "%d runs, ms%n%n", runs);
            System.out.printf("%-46s %8s %8s %8s %8s%n", "step", "samples", "p50", "p95", "max");
            for (int run = 0; run < runs; run++) {
                int lines = table.getItems().size();
                double[] jumps = new double[JUMPS];
                for (int i = 0; i < JUMPS; i++) {
                    int target = (int) ((long) lines * ((i * 37L) % JUMPS) / JUMPS);
                    jumps[i] = timed(table, () -> table.scrollTo(target));
                }
                print("jump to a position (scroll bar thumb), run " + (run + 1), jumps);
                onFx(() -> {
                    table.scrollTo(0);
                    return null;
                });
                double[] pages = new double[PAGES];
                for (int i = 0; i < PAGES; i++) {
                    pages[i] = timed(table, () -> {
                        VirtualFlow<?> flow = (VirtualFlow<?>) table.lookup(".virtual-flow");
                        flow.scrollPixels(flow.getHeight());
                    });
                }
                print("page down (Page Down, wheel), run " + (run + 1), pages);
            }
            for (TableColumn<EventRowViewModel, ?> column : table.getColumns()) {
                if (List.of("title", "place", "organisers", "themes", "date").contains(column.getId())) {
                    double sorted = timed(table, () -> {
                        table.getSortOrder().setAll(List.of(column));
                    });
                    print("sort by " + column.getId() + " (keys prepared), drawn", new double[] {sorted});
                }
            }
        } finally {
            Platform.exit();
        }
    }

    /** Runs the change on the JavaFX thread and draws the window; returns ms. */
    private static double timed(TableView<?> table, Runnable change) throws Exception {
        return onFx(() -> {
            long begin = System.nanoTime();
            change.run();
            table.getScene().snapshot(null);
            return (System.nanoTime() - begin) / 1e6;
        });
    }

    private static <T> T onFx(Callable<T> work) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.call());
            } catch (Throwable e) {
                result.completeExceptionally(e);
            }
        });
        return result.get(10, TimeUnit.MINUTES);
    }

    private static void print(String step, double[] samples) {
        double[] sorted = samples.clone();
        Arrays.sort(sorted);
        System.out.printf("%-46s %8d %8.1f %8.1f %8.1f%n", step, sorted.length, percentile(sorted, 50),
                percentile(sorted, 95), sorted[sorted.length - 1]);
    }

    private static double percentile(double[] sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }
}
