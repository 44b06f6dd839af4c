package org.liaisonlog.gui.util;

import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;

/**
 * A page rendered to pixels: opaque ARGB values row by row, at {@code dotsPerInch}. What a
 * print preview shows and a printer prints. Plain data, so view models hold it without a screen.
 */
public record PageImage(int width, int height, int[] argb, float dotsPerInch) {

    public PageImage {
        if (width <= 0 || height <= 0 || argb.length != width * height) {
            throw new IllegalArgumentException("a " + width + "×" + height + " page needs " + width * height
                    + " pixels, not " + argb.length);
        }
    }

    /** True when the page is wider than it is tall. */
    public boolean landscape() {
        return width > height;
    }

    /** The page as a JavaFX image; may be made on any thread. */
    public WritableImage toFxImage() {
        WritableImage image = new WritableImage(width, height);
        image.getPixelWriter().setPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(), argb, 0, width);
        return image;
    }
}
