package org.openbudget.seeds.load.batch;

import java.nio.file.Path;

/**
 * One document of a batch: a file, or an entry of a ZIP archive held in memory (never unpacked to disk).
 *
 * @param name  how the summary, the warnings and the report name it: the path as given, {@code archive.zip!/dir/a.pdf}
 * @param file  the file, or null for an archive entry
 * @param bytes the entry's bytes, or null for a file (read when its turn comes, so a batch of hundreds of files is not
 *              held in memory at once)
 */
public record Input(String name, Path file, byte[] bytes) {

    public static Input file(Path file) {
        return new Input(file.toString(), file, null);
    }

    public static Input entry(String archive, String entry, byte[] bytes) {
        return new Input(archive + "!/" + entry, null, bytes);
    }

    /** The last part of the name, as warnings print it ({@code a.pdf:136: parse healed: …}). */
    public String shortName() {
        String n = file != null ? file.getFileName().toString() : name.substring(name.lastIndexOf('/') + 1);
        return n.isEmpty() ? name : n;
    }
}
