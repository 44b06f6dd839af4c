package org.liaisonlog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.liaisonlog.logic.catalogue.FirstStart;
import org.liaisonlog.logic.example.ExampleCatalogue;
import org.liaisonlog.model.common.RecordStamp;
import org.liaisonlog.model.organisation.Organisation;
import org.liaisonlog.model.organisation.OrganisationKind;
import org.liaisonlog.persistence.CatalogueRewrite;
import org.liaisonlog.persistence.H2Catalogue;
import org.liaisonlog.persistence.KeyDerivation;

/** {@code liaison-log compact}: plain and encrypted, only when due with --if-due, and how it fails. */
class CompactCommandTest extends InProcessCommands {

    @TempDir
    Path temp;

    private Path catalogue;
    private int events;

    @BeforeEach
    void createCatalogue() {
        catalogue = temp.resolve("catalogue");
        try (H2Catalogue opened = H2Catalogue.open(catalogue)) {
            FirstStart.prepare(opened);
            ExampleCatalogue.loadInto(opened);
            events = opened.events().count();
        }
        assertThat(events).isPositive();
    }

    /** Saves an organisation's 2 MB notes {@code times} times: the file grows by about that each time. */
    private void grow(int times) {
        Random random = new Random(3);
        try (H2Catalogue opened = H2Catalogue.open(catalogue)) {
            Organisation organisation = opened.organisations().insert(new Organisation(RecordStamp.fresh(),
                    "Growing Bureau", null, null, List.of(), OrganisationKind.OTHER, null, null, null));
            for (int i = 0; i < times; i++) {
                StringBuilder notes = new StringBuilder(2 << 20);
                while (notes.length() < 2 << 20) {
                    notes.append((char) ('a' + random.nextInt(26)));
                }
                organisation = opened.organisations().update(new Organisation(organisation.stamp(),
                        organisation.name(), null, null, List.of(), OrganisationKind.OTHER, null, null, notes.toString()));
            }
        }
    }

    private long size() throws IOException {
        return Files.size(catalogue.resolve("catalogue.mv.db"));
    }

    @Test
    void compactsOnlyWhenDueWithIfDue() throws IOException {
        byte[] before = Files.readAllBytes(catalogue.resolve("catalogue.mv.db"));
        assertThat(run("compact", "--catalogue", catalogue.toString(), "--if-due")).as("stderr: %s", err).isZero();
        assertThat(out.toString()).contains("is not due for compacting", "after its last compaction");
        assertThat(Files.readAllBytes(catalogue.resolve("catalogue.mv.db"))).isEqualTo(before);

        grow(20);
        long grown = size();
        assertThat(run("compact", "--catalogue", catalogue.toString(), "--if-due")).as("stderr: %s", err).isZero();
        assertThat(out.toString()).contains("is compacted: " + CompactCommand.size(grown) + " before, "
                + CompactCommand.size(size()) + " after", "rows in", "copied and verified");
        assertThat(size()).isLessThan(grown / 4);
        try (H2Catalogue opened = H2Catalogue.open(catalogue)) {
            assertThat(opened.events().count()).isEqualTo(events);
        }
    }

    @Test
    void compactsAPlainCatalogueWhenAsked() throws IOException {
        assertThat(run("compact", "--catalogue", catalogue.toString())).as("stderr: %s", err).isZero();
        assertThat(out.toString()).contains("is compacted:", " MB (");
        try (H2Catalogue opened = H2Catalogue.open(catalogue)) {
            assertThat(opened.events().count()).isEqualTo(events);
        }
    }

    @Test
    void anEncryptedCatalogueStaysEncryptedWithTheSamePassword() throws IOException {
        CatalogueRewrite.encrypt(catalogue, "the password".toCharArray(), new KeyDerivation.Parameters(1024, 1, 1));
        Path right = temp.resolve("right.txt");
        Files.writeString(right, "the password\n", StandardCharsets.UTF_8);
        Path wrong = temp.resolve("wrong.txt");
        Files.writeString(wrong, "not it\n", StandardCharsets.UTF_8);
        byte[] key = Files.readAllBytes(catalogue.resolve("catalogue.key"));

        assertThat(run("compact", "--catalogue", catalogue.toString(), "--password-file", wrong.toString()))
                .isEqualTo(1);
        assertThat(err.toString()).contains("Wrong password");

        assertThat(run("compact", "--catalogue", catalogue.toString(), "--password-file", right.toString()))
                .as("stderr: %s", err).isZero();
        assertThat(out.toString()).contains("is compacted:");
        byte[] file = Files.readAllBytes(catalogue.resolve("catalogue.mv.db"));
        assertThat(new String(file, 0, 9, StandardCharsets.ISO_8859_1)).isEqualTo("H2encrypt");
        assertThat(Files.readAllBytes(catalogue.resolve("catalogue.key"))).isEqualTo(key);
        try (H2Catalogue opened = H2Catalogue.open(catalogue, "the password".toCharArray())) {
            assertThat(opened.events().count()).isEqualTo(events);
        }
    }

    @Test
    void failsPlainlyWithoutACatalogue() {
        assertThat(run("compact", "--catalogue", temp.resolve("nothing").toString())).isEqualTo(1);
        assertThat(err.toString()).contains("there is no catalogue in");
    }
}
