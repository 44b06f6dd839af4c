package org.liaisonlog.persistence;

import java.nio.file.Path;

/**
 * How a catalogue folder is opened: {@code H2Catalogue::open} for a plain catalogue, or with its
 * key or passphrase for an encrypted one.
 */
@FunctionalInterface
public interface CatalogueOpener {

    H2Catalogue open(Path folder);
}
