package org.liaisonlog.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.liaisonlog.logic.catalogue.CatalogueInUseException;
import org.liaisonlog.model.event.Event;
import org.liaisonlog.model.organisation.Organisation;

/**
 * Another process holding the catalogue: it keeps us out without damage, and what it saved
 * survives its being killed.
 */
class CatalogueInUseTest {

    @TempDir
    Path temp;

    @Test
    @Timeout(value = 2, unit = TimeUnit.MINUTES)
    void anotherProcessHoldingTheCatalogueKeepsUsOut() throws Exception {
        Path folder = temp.resolve("catalogue");
        Event stored;
        try (H2Catalogue catalogue = H2Catalogue.open(folder)) {
            stored = catalogue.events().insert(Fixtures.seed(catalogue).conference());
        }

        Process holder = startHolder(folder);
        try (BufferedReader out = reader(holder)) {
            assertThat(out.readLine()).as("child output; its errors: %s", errors()).isEqualTo("OPEN");

            assertThatThrownBy(() -> H2Catalogue.open(folder))
                    .isInstanceOf(CatalogueInUseException.class)
                    .hasMessage("This catalogue is open in another Liaison Log window");

            holder.getOutputStream().close();
            assertThat(out.readLine()).isEqualTo("CLOSED");
            assertThat(holder.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(holder.exitValue()).isZero();
        } finally {
            holder.destroyForcibly();
        }

        try (H2Catalogue catalogue = H2Catalogue.open(folder)) {
            assertThat(catalogue.events().findById(stored.id())).contains(stored);
        }
    }

    @Test
    @Timeout(value = 2, unit = TimeUnit.MINUTES)
    void aSaveSurvivesTheProcessBeingKilled() throws Exception {
        Path folder = temp.resolve("catalogue");
        Process holder = startHolder(folder, "Saved just before the crash");
        try (BufferedReader out = reader(holder)) {
            assertThat(out.readLine()).as("child output; its errors: %s", errors()).isEqualTo("OPEN");
            holder.destroyForcibly();
            assertThat(holder.waitFor(60, TimeUnit.SECONDS)).isTrue();
        }

        try (H2Catalogue catalogue = H2Catalogue.open(folder)) {
            assertThat(catalogue.organisations().findAll()).extracting(Organisation::name)
                    .containsExactly("Saved just before the crash");
        }
    }

    private Process startHolder(Path folder, String... organisation) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"),
                HoldCatalogueOpen.class.getName(), folder.toString()));
        command.addAll(List.of(organisation));
        return new ProcessBuilder(command)
                .redirectError(temp.resolve("holder-errors.txt").toFile())
                .start();
    }

    private static BufferedReader reader(Process process) {
        return new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    }

    private String errors() {
        try {
            return Files.readString(temp.resolve("holder-errors.txt"));
        } catch (IOException e) {
            return "(none)";
        }
    }
}
