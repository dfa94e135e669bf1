package org.openbudget.seeds.load.batch;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** #14 item 5: what DIR|ZIP|FILE… expands to; archives read in memory, defensively. */
class InputsTest {

    private static void zip(Path file, Object... nameAndBytes) throws IOException {
        try (OutputStream f = Files.newOutputStream(file); ZipOutputStream z = new ZipOutputStream(f)) {
            for (int i = 0; i < nameAndBytes.length; i += 2) {
                z.putNextEntry(new ZipEntry((String) nameAndBytes[i]));
                z.write((byte[]) nameAndBytes[i + 1]);
                z.closeEntry();
            }
        }
    }

    private static byte[] text(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aDirectoryGivesItsDocumentsInNameOrderSubdirectoriesAndArchivesToo(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("2023"));
        Files.writeString(dir.resolve("2023/b.pdf"), "x");
        Files.writeString(dir.resolve("a.txt"), "x");
        Files.writeString(dir.resolve("photo.png"), "x");
        Files.writeString(dir.resolve(".hidden.txt"), "x");
        zip(dir.resolve("c.zip"), "in/d.xlsx", text("x"));
        Inputs.Listing l = Inputs.list(List.of(dir), Inputs.Limits.standard());
        assertEquals(List.of(dir.resolve("2023/b.pdf").toString(), dir.resolve("a.txt").toString(),
                dir.resolve("c.zip") + "!/in/d.xlsx"), l.inputs().stream().map(Input::name).toList());
        assertEquals(2, l.notes().size(), "the image and the hidden file are passed over, and said so: " + l.notes());
        assertEquals(List.of(), l.refused());
    }

    @Test
    void archiveEntriesThatClimbOutAreRefusedAndNothingIsWrittenToDisk(@TempDir Path dir) throws IOException {
        Path z = dir.resolve("docs.zip");
        zip(z, "ok/a.txt", text("预算"), "../evil.txt", text("x"), "/etc/abs.txt", text("x"), "C:/win.txt", text("x"),
                "ok/..\\..\\back.txt", text("x"), "__MACOSX/ok/._a.txt", text("x"), "readme.md", text("x"));
        Inputs.Listing l = Inputs.list(List.of(z), Inputs.Limits.standard());
        assertEquals(List.of(z + "!/ok/a.txt"), l.inputs().stream().map(Input::name).toList());
        assertArrayEquals(text("预算"), l.inputs().get(0).bytes());
        assertEquals(4, l.refused().size(), l.refused().toString());
        assertTrue(l.refused().stream().allMatch(r -> r.contains("zip-slip")), l.refused().toString());
        try (Stream<Path> files = Files.walk(dir)) {
            assertEquals(List.of(z), files.filter(Files::isRegularFile).toList(), "nothing unpacked beside the archive");
        }
        assertTrue(Files.notExists(dir.resolve("evil.txt")) && Files.notExists(dir.getParent().resolve("evil.txt")));
    }

    @Test
    void anEntryOverTheDocumentLimitIsRefusedAloneAndAnArchiveOverItsTotalStops(@TempDir Path dir) throws IOException {
        Path z = dir.resolve("big.zip");
        // 50 MB of zeros pack into some 50 KB: the size is counted while inflating, and the rest is not held
        zip(z, "a.txt", text("一"), "bomb.txt", new byte[50 * 1024 * 1024], "b.txt", text("二"));
        Inputs.Listing l = Inputs.list(List.of(z), new Inputs.Limits(20L * 1024 * 1024, 1024L * 1024 * 1024));
        assertEquals(List.of(z + "!/a.txt", z + "!/b.txt"), l.inputs().stream().map(Input::name).toList());
        assertEquals(List.of(z + "!/bomb.txt: unpacks to more than 20971520 bytes, the most a document may have: refused"),
                l.refused());

        Inputs.Listing total = Inputs.list(List.of(z), new Inputs.Limits(20L * 1024 * 1024, 30L * 1024 * 1024));
        assertEquals(List.of(z + "!/a.txt"), total.inputs().stream().map(Input::name).toList(), "entries before stay");
        assertEquals(2, total.refused().size(), total.refused().toString());
        assertEquals(z + ": not read (further): unpacks to more than 31457280 bytes in all", total.refused().get(1));
    }

    @Test
    void aDamagedArchiveIsRefusedNotFatal(@TempDir Path dir) throws IOException {
        Path z = dir.resolve("cut.zip");
        zip(z, "a.txt", new byte[100_000]);
        byte[] all = Files.readAllBytes(z);
        Files.write(z, java.util.Arrays.copyOf(all, all.length / 3));
        Inputs.Listing l = Inputs.list(List.of(z), Inputs.Limits.standard());
        assertEquals(1, l.refused().size(), l.toString());
        assertTrue(l.refused().get(0).startsWith(z + ": not read"), l.refused().toString());
    }
}
