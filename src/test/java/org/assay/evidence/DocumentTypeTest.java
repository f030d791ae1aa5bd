package org.assay.evidence;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** File type detection: declared type (or extension) AND first bytes, as plain code. */
class DocumentTypeTest {

    static final byte[] PDF = "%PDF-1.4\n...".getBytes(StandardCharsets.US_ASCII);
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0};
    static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE1};
    static final byte[] ZIP = {'P', 'K', 3, 4, 20, 0};
    static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0};
    static final byte[] WEBP = "RIFF\0\0\0\0WEBPVP8 ".getBytes(StandardCharsets.ISO_8859_1);
    static final byte[] TIFF = {'I', 'I', 42, 0, 8, 0};
    static final byte[] EXE = {'M', 'Z', (byte) 0x90, 0, 3, 0};
    static final byte[] CSV = "site;water\nKolwezi;12,5\n".getBytes(StandardCharsets.UTF_8);

    static Optional<DocumentType> detect(String type, String name, byte[] head) {
        return DocumentType.detect(type, name, head);
    }

    @Test
    void acceptsDeclaredTypesWhoseContentMatches() {
        assertEquals(Optional.of(DocumentType.PDF), detect("application/pdf", "a.pdf", PDF));
        assertEquals(Optional.of(DocumentType.PDF), detect("Application/PDF; name=a.pdf", "whatever", PDF));
        assertEquals(Optional.of(DocumentType.PNG), detect("image/png", "a.png", PNG));
        assertEquals(Optional.of(DocumentType.JPEG), detect("image/jpg", "a.jpeg", JPEG));
        assertEquals(Optional.of(DocumentType.WEBP), detect("image/webp", "a.webp", WEBP));
        assertEquals(Optional.of(DocumentType.TIFF), detect("image/tiff", "a.tif", TIFF));
        assertEquals(Optional.of(DocumentType.DOCX), detect(DocumentType.DOCX.mediaType(), "a.docx", ZIP));
        assertEquals(Optional.of(DocumentType.ODS), detect("application/vnd.oasis.opendocument.spreadsheet", "a.ods", ZIP));
        assertEquals(Optional.of(DocumentType.DOC), detect("application/msword", "a.doc", OLE2));
        assertEquals(Optional.of(DocumentType.XLS), detect("application/vnd.ms-excel", "a.xls", OLE2));
        assertEquals(Optional.of(DocumentType.CSV), detect("text/csv; charset=utf-8", "a.csv", CSV));
    }

    @Test
    void vagueDeclarationsAreDecidedByTheExtensionThenChecked() {
        assertEquals(Optional.of(DocumentType.PDF), detect("application/octet-stream", "Report.PDF", PDF));
        assertEquals(Optional.of(DocumentType.XLSX), detect(null, "water.xlsx", ZIP));
        assertEquals(Optional.of(DocumentType.CSV), detect("text/plain", "water.csv", CSV));
        assertEquals(Optional.of(DocumentType.CSV), detect("application/vnd.ms-excel", "water.csv", CSV), "Windows declares CSV as Excel");
        assertEquals(Optional.empty(), detect("text/plain", "notes.txt", CSV));
        assertEquals(Optional.empty(), detect("application/octet-stream", "noextension", PDF));
    }

    @Test
    void refusesDisguisedAndUnsupportedFiles() {
        assertEquals(Optional.empty(), detect("application/pdf", "a.pdf", EXE), "renamed executable");
        assertEquals(Optional.empty(), detect("application/octet-stream", "a.pdf", EXE));
        assertEquals(Optional.empty(), detect("text/csv", "a.csv", EXE));
        assertEquals(Optional.empty(), detect("text/csv", "a.csv", "MZ but text".getBytes(StandardCharsets.US_ASCII)));
        assertEquals(Optional.empty(), detect("image/png", "a.png", JPEG), "declared PNG, is JPEG");
        assertEquals(Optional.empty(), detect("application/vnd.ms-excel", "a.xls", ZIP));
        assertEquals(Optional.empty(), detect("application/x-msdownload", "a.exe", EXE));
        assertEquals(Optional.empty(), detect("text/html", "a.html", "<html>".getBytes(StandardCharsets.US_ASCII)));
        assertEquals(Optional.empty(), detect("image/svg+xml", "a.svg", "<svg/>".getBytes(StandardCharsets.US_ASCII)));
        assertEquals(Optional.empty(), detect("application/pdf", "a.pdf", new byte[0]));
    }

    @Test
    void pdfHeaderMayFollowSomeJunk() {
        byte[] junk = ("\r\n\r\n" + "%PDF-1.7").getBytes(StandardCharsets.US_ASCII);
        assertTrue(DocumentType.PDF.matches(junk));
        byte[] tooFar = new byte[1100];
        System.arraycopy("%PDF-".getBytes(StandardCharsets.US_ASCII), 0, tooFar, 1050, 5);
        assertTrue(!DocumentType.PDF.matches(tooFar));
    }

    @Test
    void fileNamesAreCleanedForStorageAndDownload() {
        assertEquals("report.pdf", EvidenceService.cleanName("C:\\Users\\me\\report.pdf"));
        assertEquals("report.pdf", EvidenceService.cleanName("../../etc/report.pdf"));
        assertEquals("ab.pdf", EvidenceService.cleanName("a\u0000b\n.pdf"));
        assertEquals("document", EvidenceService.cleanName("  "));
        assertEquals(255, EvidenceService.cleanName("x".repeat(300)).length());
        assertEquals("attachment; filename=\"a_b_.pdf\"; filename*=UTF-8''a%22b%C3%A9.pdf",
                DocumentResource.contentDisposition("a\"bé.pdf"));
    }
}
