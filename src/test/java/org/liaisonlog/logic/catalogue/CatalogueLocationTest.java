package org.liaisonlog.logic.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Where the catalogue lives when the command line does not say. */
class CatalogueLocationTest {

    private static final String HOME = "/home/officer";

    @Test
    void linuxUsesXdgDataHomeWhenSet() {
        Path folder = CatalogueLocation.defaultFolder(Map.of("XDG_DATA_HOME", "/data/xdg"), "Linux", HOME);

        assertThat(folder).isEqualTo(Path.of("/data/xdg", "liaison-log"));
    }

    @Test
    void linuxFallsBackToLocalShareWithoutXdgDataHome() {
        assertThat(CatalogueLocation.defaultFolder(Map.of(), "Linux", HOME))
                .isEqualTo(Path.of(HOME, ".local", "share", "liaison-log"));
        assertThat(CatalogueLocation.defaultFolder(Map.of("XDG_DATA_HOME", "  "), "Linux", HOME))
                .as("a blank XDG_DATA_HOME counts as unset")
                .isEqualTo(Path.of(HOME, ".local", "share", "liaison-log"));
    }

    @Test
    void windowsUsesAppData() {
        Path folder = CatalogueLocation.defaultFolder(Map.of("APPDATA", "/appdata/roaming"), "Windows 11", HOME);

        assertThat(folder).isEqualTo(Path.of("/appdata/roaming", "Liaison Log"));
    }

    @Test
    void windowsWithoutAppDataUsesTheRoamingFolderOfTheHome() {
        assertThat(CatalogueLocation.defaultFolder(Map.of(), "Windows 10", HOME))
                .isEqualTo(Path.of(HOME, "AppData", "Roaming", "Liaison Log"));
    }

    @Test
    void windowsIgnoresXdgDataHome() {
        assertThat(CatalogueLocation.defaultFolder(
                Map.of("APPDATA", "/appdata/roaming", "XDG_DATA_HOME", "/data/xdg"), "Windows 11", HOME))
                .isEqualTo(Path.of("/appdata/roaming", "Liaison Log"));
    }

    @Test
    void macOsUsesApplicationSupport() {
        assertThat(CatalogueLocation.defaultFolder(Map.of("XDG_DATA_HOME", "/data/xdg"), "Mac OS X", HOME))
                .isEqualTo(Path.of(HOME, "Library", "Application Support", "Liaison Log"));
    }

    @Test
    void liaisonLogHomeOverridesEveryOperatingSystem() {
        Map<String, String> env = Map.of(
                CatalogueLocation.HOME_VARIABLE, "/srv/catalogue",
                "XDG_DATA_HOME", "/data/xdg",
                "APPDATA", "/appdata/roaming");

        for (String os : new String[] {"Linux", "Windows 11", "Mac OS X", "FreeBSD"}) {
            assertThat(CatalogueLocation.defaultFolder(env, os, HOME)).as(os).isEqualTo(Path.of("/srv/catalogue"));
        }
        assertThat(CatalogueLocation.HOME_VARIABLE).isEqualTo("LIAISON_LOG_HOME");
    }

    @Test
    void aRelativeLiaisonLogHomeIsMadeAbsolute() {
        Path folder = CatalogueLocation.defaultFolder(Map.of("LIAISON_LOG_HOME", "my-catalogue"), "Linux", HOME);

        assertThat(folder).isAbsolute().isEqualTo(Path.of("my-catalogue").toAbsolutePath());
    }

    @Test
    void aBlankLiaisonLogHomeIsIgnored() {
        assertThat(CatalogueLocation.defaultFolder(Map.of("LIAISON_LOG_HOME", " "), "Linux", HOME))
                .isEqualTo(Path.of(HOME, ".local", "share", "liaison-log"));
    }

    @Test
    void theCommandLineWinsOverTheEnvironment() {
        assertThat(CatalogueLocation.resolve(Path.of("chosen"))).isEqualTo(Path.of("chosen").toAbsolutePath());
    }
}
