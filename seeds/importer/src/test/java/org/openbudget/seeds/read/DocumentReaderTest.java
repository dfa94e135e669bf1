package org.openbudget.seeds.read;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openbudget.seeds.parse.SourceText;

import java.io.ByteArrayOutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The format is told from the content; text exports pass as they are; what is not read is refused in words. */
class DocumentReaderTest {

    @Test
    void aUtf8TextIsReadAsItIsAndNamedByItsFile() {
        SourceText text = DocumentReader.read("x.txt", "部门预算收支总表\n\t栏次\t1\n".getBytes(StandardCharsets.UTF_8));
        assertEquals("x.txt", text.name());
        assertEquals("部门预算收支总表", text.line(1));
        assertEquals("\t栏次\t1", text.line(2));
    }

    @Test
    void aGb18030TextIsDecodedWhenItIsNotValidUtf8() {
        byte[] gbk = "编制单位：上海市普陀区社会福利院  单位：元\n".getBytes(Charset.forName("GB18030"));
        assertEquals("编制单位：上海市普陀区社会福利院  单位：元", DocumentReader.read("gbk.txt", gbk).line(1));
    }

    @Test
    void aByteOrderMarkIsDropped() {
        byte[] bom = "\uFEFF部门预算".getBytes(StandardCharsets.UTF_8);
        assertEquals("部门预算", DocumentReader.read("bom.txt", bom).line(1));
    }

    @Test
    void anEmptyFileIsRefusedAsEmpty() {
        UnreadableDocumentException e = assertThrows(UnreadableDocumentException.class, () -> DocumentReader.read("empty.pdf", new byte[0]));
        assertEquals("empty.pdf: the file is empty (0 bytes); it was not saved or not copied completely", e.getMessage());
        assertEquals("empty.pdf", e.document());
    }

    @Test
    void aFileOverTheLimitIsRefusedBeforeItIsRead(@TempDir Path dir) throws Exception {
        Path big = dir.resolve("huge.pdf");
        try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
            f.setLength(50L * 1024 * 1024); // 50 MB of nothing: were it read or parsed, this would fail otherwise
        }
        UnreadableDocumentException e = assertThrows(UnreadableDocumentException.class, () -> DocumentReader.read(big));
        assertEquals("huge.pdf: the file is 50 MB, more than the 20 MB a budget document is read up to (a published "
                + "budget is a few MB); if it really is one, raise the limit (-Dopenbudget.import.max-bytes=BYTES)", e.getMessage());
    }

    @Test
    void theLimitIsConfigurable() {
        byte[] text = "部门预算收支总表\n".repeat(100).getBytes(StandardCharsets.UTF_8);
        UnreadableDocumentException e = assertThrows(UnreadableDocumentException.class,
                () -> DocumentReader.read("t.txt", text, ReadLimits.ofBytes(1024)));
        assertTrue(e.getMessage().startsWith("t.txt: the file is 2 KB, more than the 1 KB"), e.getMessage());
        assertEquals(100, DocumentReader.read("t.txt", text, ReadLimits.ofBytes(4096)).size() - 1);
    }

    @Test
    void aMissingFileIsNamed(@TempDir Path dir) {
        UnreadableDocumentException e = assertThrows(UnreadableDocumentException.class, () -> DocumentReader.read(dir.resolve("gone.pdf")));
        assertTrue(e.getMessage().startsWith("gone.pdf: no such file"), e.getMessage());
    }

    @Test
    void binaryDataIsNotTakenForText() {
        byte[] noise = new byte[4096];
        new java.util.Random(7).nextBytes(noise);
        noise[0] = 'x';
        UnreadableDocumentException e = assertThrows(UnreadableDocumentException.class, () -> DocumentReader.read("blob.txt", noise));
        assertTrue(e.getMessage().contains("neither a PDF, an .xlsx workbook, an HTML page nor a text file"), e.getMessage());
    }

    @Test
    void formatsThatAreRecognisedButNotReadSayWhatToDo() throws Exception {
        byte[] xls = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0};
        assertTrue(refusal("old.xls", xls).contains("save it as an .xlsx"));
        assertTrue(refusal("scan.png", new byte[]{(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10}).contains("OCR"));
        assertTrue(refusal("report.docx", zip("word/document.xml")).contains("a Word document; print it to PDF"));
        assertTrue(refusal("bundle.zip", zip("a.pdf")).contains("a zip archive that is not an .xlsx workbook"));
    }

    @Test
    void theFormatComesFromTheContentNotTheName() {
        assertEquals(DocumentFormat.PDF, DocumentFormat.detect("budget.txt", "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII)));
        assertEquals(DocumentFormat.HTML, DocumentFormat.detect("budget.pdf", "\n <!DOCTYPE html><html></html>".getBytes(StandardCharsets.UTF_8)));
        assertEquals(DocumentFormat.HTML, DocumentFormat.detect("x", "<div><table><tr><td>1</td></tr></table></div>".getBytes(StandardCharsets.UTF_8)));
        assertEquals(DocumentFormat.TEXT, DocumentFormat.detect("x.html", "部门预算\t栏次".getBytes(StandardCharsets.UTF_8)));
    }

    private static String refusal(String name, byte[] bytes) {
        return assertThrows(UnreadableDocumentException.class, () -> DocumentReader.read(name, bytes)).getMessage();
    }

    static byte[] zip(String entry) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            z.putNextEntry(new ZipEntry(entry));
            z.write("x".getBytes(StandardCharsets.US_ASCII));
            z.closeEntry();
        }
        return out.toByteArray();
    }

    static Path write(Path dir, String name, byte[] bytes) throws Exception {
        return Files.write(dir.resolve(name), bytes);
    }
}
