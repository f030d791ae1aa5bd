package org.assay.evidence;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The kinds of file accepted as evidence, each recognised by its declared media type (or file extension when the
 * client only says {@code application/octet-stream}) AND by its first bytes, so a renamed executable is refused.
 * Plain code, unit-tested.
 */
public enum DocumentType {
    PDF("application/pdf", Set.of("application/x-pdf"), Set.of("pdf"), Signature.PDF),
    PNG("image/png", Set.of(), Set.of("png"), Signature.PNG),
    JPEG("image/jpeg", Set.of("image/jpg", "image/pjpeg"), Set.of("jpg", "jpeg"), Signature.JPEG),
    WEBP("image/webp", Set.of(), Set.of("webp"), Signature.WEBP),
    TIFF("image/tiff", Set.of("image/tif"), Set.of("tif", "tiff"), Signature.TIFF),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", Set.of(), Set.of("docx"), Signature.ZIP),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", Set.of(), Set.of("xlsx"), Signature.ZIP),
    PPTX("application/vnd.openxmlformats-officedocument.presentationml.presentation", Set.of(), Set.of("pptx"), Signature.ZIP),
    ODT("application/vnd.oasis.opendocument.text", Set.of(), Set.of("odt"), Signature.ZIP),
    ODS("application/vnd.oasis.opendocument.spreadsheet", Set.of(), Set.of("ods"), Signature.ZIP),
    DOC("application/msword", Set.of(), Set.of("doc"), Signature.OLE2),
    XLS("application/vnd.ms-excel", Set.of(), Set.of("xls"), Signature.OLE2),
    // Browsers on Windows often declare CSV files as application/vnd.ms-excel: the extension decides between XLS and CSV.
    CSV("text/csv", Set.of("application/csv", "text/comma-separated-values", "text/x-csv", "application/vnd.ms-excel"),
            Set.of("csv"), Signature.TEXT);

    /** How many first bytes {@link #detect} needs. */
    public static final int HEAD_SIZE = 8192;

    /** Declared types that say too little: the file name's extension decides (then the first bytes must agree). */
    private static final Set<String> VAGUE = Set.of("", "application/octet-stream", "binary/octet-stream", "application/unknown", "text/plain");

    private final String mediaType;
    private final Set<String> aliases;
    private final Set<String> extensions;
    private final Signature signature;

    DocumentType(String mediaType, Set<String> aliases, Set<String> extensions, Signature signature) {
        this.mediaType = mediaType;
        this.aliases = aliases;
        this.extensions = extensions;
        this.signature = signature;
    }

    /** The canonical media type, stored and served. */
    public String mediaType() {
        return mediaType;
    }

    /** Whether {@code head} (the first bytes of the file) looks like this type. */
    public boolean matches(byte[] head) {
        return signature.matches(head);
    }

    /**
     * The type of an uploaded file: chosen by the declared media type (the file name's extension breaks ties, and
     * decides alone when the declared type says too little, e.g. {@code application/octet-stream}), then confirmed by the first bytes. Empty when refused.
     */
    public static Optional<DocumentType> detect(String declaredMediaType, String fileName, byte[] head) {
        String declared = normalise(declaredMediaType);
        String extension = extension(fileName);
        List<DocumentType> candidates = VAGUE.contains(declared)
                ? Arrays.stream(values()).filter(t -> t.extensions.contains(extension)).toList()
                : Arrays.stream(values()).filter(t -> t.mediaType.equals(declared) || t.aliases.contains(declared)).toList();
        Optional<DocumentType> chosen = candidates.size() <= 1
                ? candidates.stream().findFirst()
                : candidates.stream().filter(t -> t.extensions.contains(extension)).findFirst()
                        .or(() -> candidates.stream().filter(t -> t.mediaType.equals(declared)).findFirst());
        return chosen.filter(t -> t.matches(head));
    }

    /** The accepted kinds, for error messages. */
    public static String accepted() {
        return Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", "));
    }

    static String normalise(String mediaType) {
        if (mediaType == null) {
            return "";
        }
        int semicolon = mediaType.indexOf(';');
        return (semicolon < 0 ? mediaType : mediaType.substring(0, semicolon)).strip().toLowerCase(Locale.ROOT);
    }

    static String extension(String fileName) {
        if (fileName == null) {
            return "";
        }
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).strip().toLowerCase(Locale.ROOT);
    }

    /** Cheap checks of the first bytes. */
    enum Signature {
        PDF {
            @Override
            boolean matches(byte[] h) {
                // The header must be within the first 1024 bytes (ISO 32000).
                for (int i = 0; i + 4 < Math.min(h.length, 1024); i++) {
                    if (h[i] == '%' && h[i + 1] == 'P' && h[i + 2] == 'D' && h[i + 3] == 'F' && h[i + 4] == '-') {
                        return true;
                    }
                }
                return false;
            }
        },
        PNG {
            @Override
            boolean matches(byte[] h) {
                return startsWith(h, 0, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A);
            }
        },
        JPEG {
            @Override
            boolean matches(byte[] h) {
                return startsWith(h, 0, 0xFF, 0xD8, 0xFF);
            }
        },
        WEBP {
            @Override
            boolean matches(byte[] h) {
                return startsWith(h, 0, 'R', 'I', 'F', 'F') && startsWith(h, 8, 'W', 'E', 'B', 'P');
            }
        },
        TIFF {
            @Override
            boolean matches(byte[] h) {
                return startsWith(h, 0, 'I', 'I', 0x2A, 0x00) || startsWith(h, 0, 'M', 'M', 0x00, 0x2A);
            }
        },
        /** OOXML and OpenDocument files are ZIP archives. */
        ZIP {
            @Override
            boolean matches(byte[] h) {
                return startsWith(h, 0, 'P', 'K', 0x03, 0x04);
            }
        },
        /** Legacy Office files are OLE2 compound documents. */
        OLE2 {
            @Override
            boolean matches(byte[] h) {
                return startsWith(h, 0, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1);
            }
        },
        /** Text: no NUL or other control bytes besides tab, line feed, carriage return and form feed; not an executable. */
        TEXT {
            @Override
            boolean matches(byte[] h) {
                if (h.length == 0 || startsWith(h, 0, 'M', 'Z') || startsWith(h, 0, 0x7F, 'E', 'L', 'F')) {
                    return false;
                }
                for (byte b : h) {
                    int c = b & 0xFF;
                    if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') {
                        return false;
                    }
                    if (c == 0x7F) {
                        return false;
                    }
                }
                return true;
            }
        };

        abstract boolean matches(byte[] head);

        static boolean startsWith(byte[] h, int offset, int... expected) {
            if (h.length < offset + expected.length) {
                return false;
            }
            for (int i = 0; i < expected.length; i++) {
                if ((h[offset + i] & 0xFF) != expected[i]) {
                    return false;
                }
            }
            return true;
        }
    }
}
