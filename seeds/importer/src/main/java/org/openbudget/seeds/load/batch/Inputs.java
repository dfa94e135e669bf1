package org.openbudget.seeds.load.batch;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * What {@code deploy/local/load DIR|ZIP|FILE…} loads: a file as it is, every document file of a directory (its
 * subdirectories too, in name order), and every document entry of a ZIP archive, read into memory.
 *
 * <p>An archive is read defensively, since it comes from outside: entries are never written to disk, so a name
 * that climbs out ({@code ../x}, {@code /etc/x}, a drive letter: zip-slip) cannot place a file anywhere, and such an
 * entry is refused all the same, as a sign of a forged archive; an entry larger than the per-document limit, more
 * than {@link #MAX_ENTRIES} entries or more than {@link Limits#maxArchiveBytes} unpacked in all stop the archive
 * (counted while inflating, not from the sizes the archive claims: a zip bomb lies about them). Hidden files and
 * files of other kinds (images, .DS_Store, __MACOSX) are passed over, and say so.
 */
public final class Inputs {

    /** The document files taken from a directory or an archive; other files are passed over. */
    static final List<String> DOCUMENT_SUFFIXES = List.of(".txt", ".pdf", ".xlsx", ".html", ".htm");
    static final int MAX_ENTRIES = 10_000;

    /** @param maxDocumentBytes the largest document; @param maxArchiveBytes the most an archive may unpack to */
    public record Limits(long maxDocumentBytes, long maxArchiveBytes) {
        public static Limits standard() {
            return new Limits(20L * 1024 * 1024, 1024L * 1024 * 1024);
        }
    }

    /** The inputs and what was passed over or refused while listing them. */
    public record Listing(List<Input> inputs, List<String> notes, List<String> refused) {
    }

    private Inputs() {
    }

    public static Listing list(List<Path> arguments, Limits limits) {
        List<Input> inputs = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        List<String> refused = new ArrayList<>();
        for (Path p : arguments) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> walk = Files.walk(p)) {
                    for (Path f : walk.filter(Files::isRegularFile).sorted().toList()) {
                        if (archive(f)) {
                            archive(f, limits, inputs, notes, refused);
                        } else if (document(p.relativize(f).toString())) {
                            inputs.add(Input.file(f));
                        } else {
                            notes.add(f + ": not a document (.txt, .pdf, .xlsx, .html): passed over");
                        }
                    }
                } catch (IOException e) {
                    refused.add(p + ": cannot list the directory: " + e.getMessage());
                }
            } else if (archive(p) && Files.isRegularFile(p)) {
                archive(p, limits, inputs, notes, refused);
            } else {
                // a named file is taken whatever its name: the reader tells its format from its content
                inputs.add(Input.file(p));
            }
        }
        return new Listing(inputs, notes, refused);
    }

    private static boolean archive(Path f) {
        return f.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".zip");
    }

    private static boolean document(String relative) {
        String n = relative.replace('\\', '/');
        String last = n.substring(n.lastIndexOf('/') + 1);
        if (last.startsWith(".") || n.startsWith("__MACOSX/") || n.contains("/__MACOSX/") || last.startsWith("~$")) {
            return false;
        }
        String lower = last.toLowerCase(Locale.ROOT);
        return DOCUMENT_SUFFIXES.stream().anyMatch(lower::endsWith);
    }

    private static void archive(Path zip, Limits limits, List<Input> inputs, List<String> notes, List<String> refused) {
        long[] total = {0};
        int entries = 0;
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (++entries > MAX_ENTRIES) {
                    throw new IOException("more than " + MAX_ENTRIES + " entries");
                }
                String name = e.getName();
                if (unsafe(name)) {
                    // never written to disk, so it could do no harm here; but only a forged archive names such a place
                    refused.add(zip + "!/" + name + ": names a place outside the archive (zip-slip): refused");
                    drain(in, limits, total);
                    continue;
                }
                if (e.isDirectory()) {
                    continue;
                }
                if (!document(name)) {
                    notes.add(zip + "!/" + name + ": not a document (.txt, .pdf, .xlsx, .html): passed over");
                    drain(in, limits, total);
                    continue;
                }
                byte[] bytes = bounded(in, limits, total);
                if (bytes == null) {
                    refused.add(zip + "!/" + name + ": unpacks to more than " + limits.maxDocumentBytes()
                            + " bytes, the most a document may have: refused");
                    drain(in, limits, total);
                } else {
                    inputs.add(Input.entry(zip.toString(), name, bytes));
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            // IllegalArgumentException: an entry name in an unexpected encoding (ZipInputStream's own complaint);
            // the entries read before it stay in the batch
            refused.add(zip + ": not read (further): " + e.getMessage());
        }
    }

    /**
     * The entry's bytes, or null as soon as more than the per-document limit have been inflated. Counted while
     * inflating, never from the sizes the archive claims (a zip bomb lies about them).
     */
    private static byte[] bounded(InputStream in, Limits limits, long[] total) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        for (int n; (n = in.read(buffer)) > 0; ) {
            count(limits, total, n);
            if (out.size() + n > limits.maxDocumentBytes()) {
                return null;
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    /** Skips the rest of an entry, still counting what it inflates to. */
    private static void drain(InputStream in, Limits limits, long[] total) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        for (int n; (n = in.read(buffer)) > 0; ) {
            count(limits, total, n);
        }
    }

    private static void count(Limits limits, long[] total, int n) throws IOException {
        total[0] += n;
        if (total[0] > limits.maxArchiveBytes()) {
            throw new IOException("unpacks to more than " + limits.maxArchiveBytes() + " bytes in all");
        }
    }

    /** Absolute, drive-lettered, or climbing with {@code ..} in any separator. */
    static boolean unsafe(String entry) {
        String n = entry.replace('\\', '/');
        if (n.startsWith("/") || n.matches("^[A-Za-z]:.*") || n.indexOf('\0') >= 0) {
            return true;
        }
        for (String part : n.split("/")) {
            if (part.equals("..")) {
                return true;
            }
        }
        return false;
    }
}
