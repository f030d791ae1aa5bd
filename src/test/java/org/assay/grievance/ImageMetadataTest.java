package org.assay.grievance;

import org.assay.evidence.DocumentType;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Image metadata (EXIF GPS) is gone after cleaning, the picture stays (plain code). */
public class ImageMetadataTest {

    /** A GPS latitude the tests look for in stored bytes. */
    public static final String GPS_MARKER = "GPSLatitude=10.7136S";

    /** A small JPEG with an EXIF (APP1) segment holding a GPS position, as a phone camera writes it. */
    public static byte[] jpegWithGps() throws IOException {
        BufferedImage image = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < 64; x++) {
            for (int y = 0; y < 48; y++) {
                image.setRGB(x, y, new Color(x * 4, y * 5, 120).getRGB());
            }
        }
        ByteArrayOutputStream plain = new ByteArrayOutputStream();
        ImageIO.write(image, "jpg", plain);
        byte[] jpeg = plain.toByteArray();
        byte[] payload = ("Exif\0\0" + GPS_MARKER + ";GPSLongitude=25.4731E;Make=PhoneCam").getBytes(StandardCharsets.ISO_8859_1);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(jpeg, 0, 2); // SOI
        out.write(0xFF);
        out.write(0xE1); // APP1
        int length = payload.length + 2;
        out.write(length >> 8);
        out.write(length & 0xFF);
        out.write(payload);
        out.write(jpeg, 2, jpeg.length - 2);
        return out.toByteArray();
    }

    @Test
    void theGpsPositionIsRemovedAndThePictureKept() throws IOException {
        byte[] original = jpegWithGps();
        assertTrue(new String(original, StandardCharsets.ISO_8859_1).contains(GPS_MARKER));
        assertNotNull(ImageIO.read(new ByteArrayInputStream(original)), "the test image is a valid JPEG");
        byte[] cleaned = ImageMetadata.strip(DocumentType.JPEG, original).orElseThrow();
        String text = new String(cleaned, StandardCharsets.ISO_8859_1);
        assertFalse(text.contains("GPS"), "no GPS left");
        assertFalse(text.contains("Exif"), "no EXIF segment left");
        assertFalse(text.contains("PhoneCam"));
        BufferedImage back = ImageIO.read(new ByteArrayInputStream(cleaned));
        assertEquals(64, back.getWidth());
        assertEquals(48, back.getHeight());
    }

    @Test
    void pngIsReEncodedAndWhatCannotBeCleanedIsRefused() throws IOException {
        BufferedImage image = new BufferedImage(8, 8, BufferedImage.TYPE_INT_ARGB);
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(image, "png", png);
        assertTrue(ImageMetadata.strip(DocumentType.PNG, png.toByteArray()).isPresent());
        assertTrue(ImageMetadata.strip(DocumentType.WEBP, new byte[]{1, 2, 3}).isEmpty(), "no WebP encoder: refused, not stored with metadata");
        assertTrue(ImageMetadata.strip(DocumentType.JPEG, "not an image".getBytes(StandardCharsets.UTF_8)).isEmpty());
        assertFalse(ImageMetadata.isImage(DocumentType.PDF));
    }
}
