package org.liaisonlog;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Looks for names in every byte of every file under some folders: each file read as UTF-8, as
 * UTF-16 little- and big-endian (from an even and from an odd offset), as Windows-1251 and
 * KOI8-R (Cyrillic one byte a letter), with upper and lower case folded (and ё as е), so a name
 * is found in any case and in any of those encodings; the entries of zip and gzip files are read
 * inflated as well. A hit names the file, the offset and the index of the name, never the name.
 */
final class LeakScanner {

    /** One name found: where, in which reading, and which name (by its index only). */
    record Hit(String file, long offset, String encoding, int nameIndex) {

        @Override
        public String toString() {
            return "name #" + nameIndex + " in " + file + " at byte " + offset + " (" + encoding + ")";
        }
    }

    private static final int FILTER_BITS = 1 << 20;

    private final char[][] names;
    private final Map<Integer, List<Integer>> byFirstTwo = new HashMap<>();
    private final BitSet filter = new BitSet(FILTER_BITS);

    LeakScanner(List<String> names) {
        this.names = new char[names.size()][];
        for (int i = 0; i < names.size(); i++) {
            char[] folded = names.get(i).toCharArray();
            for (int c = 0; c < folded.length; c++) {
                folded[c] = fold(folded[c]);
            }
            this.names[i] = folded;
            int key = key(folded[0], folded[1]);
            byFirstTwo.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
            filter.set(Math.floorMod(key * 31, FILTER_BITS));
        }
    }

    /** Every hit in every regular file under {@code roots} (missing roots are skipped). */
    List<Hit> scan(List<Path> roots) throws IOException {
        List<Hit> hits = new ArrayList<>();
        for (Path root : roots) {
            if (!Files.exists(root)) {
                continue;
            }
            List<Path> files;
            try (Stream<Path> walk = Files.walk(root)) {
                files = walk.filter(Files::isRegularFile).toList();
            }
            for (Path file : files) {
                hits.addAll(scan(file.toString(), Files.readAllBytes(file)));
            }
        }
        return hits;
    }

    /** The hits in one file's bytes (and, for an archive, in its inflated entries). */
    List<Hit> scan(String label, byte[] bytes) throws IOException {
        List<Hit> hits = new ArrayList<>();
        utf8(label, bytes, hits);
        for (int shift = 0; shift < 2; shift++) {
            utf16(label, bytes, shift, true, hits);
            utf16(label, bytes, shift, false, hits);
        }
        singleByte(label, bytes, Charset.forName("windows-1251"), hits);
        singleByte(label, bytes, Charset.forName("KOI8-R"), hits);
        if (bytes.length > 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4) {
            try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
                for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                    hits.addAll(scan(label + "!" + entry.getName(), zip.readAllBytes()));
                }
            }
        } else if (bytes.length > 2 && (bytes[0] & 0xff) == 0x1f && (bytes[1] & 0xff) == 0x8b) {
            try (InputStream gzip = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
                hits.addAll(scan(label + "!gzip", gzip.readAllBytes()));
            }
        }
        return hits;
    }

    private void utf8(String label, byte[] bytes, List<Hit> hits) {
        char[] text = new char[bytes.length];
        long[] offsets = new long[bytes.length];
        int n = 0;
        for (int i = 0; i < bytes.length; ) {
            int b = bytes[i] & 0xff;
            int length = b < 0x80 ? 1 : (b & 0xe0) == 0xc0 ? 2 : (b & 0xf0) == 0xe0 ? 3 : 0;
            int code = length == 1 ? b : length == 2 ? b & 0x1f : b & 0x0f;
            boolean valid = length > 0 && i + length <= bytes.length;
            for (int k = 1; valid && k < length; k++) {
                int next = bytes[i + k] & 0xff;
                valid = (next & 0xc0) == 0x80;
                code = (code << 6) | (next & 0x3f);
            }
            offsets[n] = i;
            text[n++] = valid ? (char) code : '\uFFFD';
            i += valid ? length : 1;
        }
        match(label, "UTF-8", text, n, offsets, 0, 1, hits);
    }

    private void utf16(String label, byte[] bytes, int shift, boolean littleEndian, List<Hit> hits) {
        int n = Math.max(0, (bytes.length - shift) / 2);
        char[] text = new char[n];
        for (int i = 0; i < n; i++) {
            int a = bytes[shift + 2 * i] & 0xff;
            int b = bytes[shift + 2 * i + 1] & 0xff;
            text[i] = (char) (littleEndian ? b << 8 | a : a << 8 | b);
        }
        match(label, littleEndian ? "UTF-16LE" : "UTF-16BE", text, n, null, shift, 2, hits);
    }

    private void singleByte(String label, byte[] bytes, Charset charset, List<Hit> hits) {
        char[] table = new String(allBytes(), charset).toCharArray();
        char[] text = new char[bytes.length];
        for (int i = 0; i < bytes.length; i++) {
            text[i] = table[bytes[i] & 0xff];
        }
        match(label, charset.name(), text, bytes.length, null, 0, 1, hits);
    }

    private static byte[] allBytes() {
        byte[] all = new byte[256];
        for (int i = 0; i < 256; i++) {
            all[i] = (byte) i;
        }
        return all;
    }

    /** Finds the names in {@code text}; a char's byte offset is offsets[i], or start + i * step. */
    private void match(String label, String encoding, char[] text, int n, long[] offsets, long start, int step,
            List<Hit> hits) {
        for (int i = 0; i < n; i++) {
            text[i] = fold(text[i]);
        }
        for (int i = 0; i + 1 < n; i++) {
            int key = key(text[i], text[i + 1]);
            if (!filter.get(Math.floorMod(key * 31, FILTER_BITS))) {
                continue;
            }
            List<Integer> candidates = byFirstTwo.get(key);
            if (candidates == null) {
                continue;
            }
            for (int index : candidates) {
                char[] name = names[index];
                if (i + name.length <= n && regionMatches(text, i, name)) {
                    hits.add(new Hit(label, offsets == null ? start + (long) i * step : offsets[i], encoding, index));
                }
            }
        }
    }

    private static boolean regionMatches(char[] text, int at, char[] name) {
        for (int k = 0; k < name.length; k++) {
            if (text[at + k] != name[k]) {
                return false;
            }
        }
        return true;
    }

    private static int key(char first, char second) {
        return first << 16 | second;
    }

    private static char fold(char c) {
        char lower = Character.toLowerCase(Character.toUpperCase(c));
        return lower == 'ё' ? 'е' : lower;
    }
}
