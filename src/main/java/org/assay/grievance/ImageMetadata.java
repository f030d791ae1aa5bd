package org.assay.grievance;

import org.assay.evidence.DocumentType;

import javax.imageio.ImageIO;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Optional;

/**
 * Removes the metadata of images (EXIF with its GPS position, XMP, comments, camera and time) by decoding the pixels
 * and encoding them anew with the JDK's {@code javax.imageio}: what is written is only the picture (plain code). JPEG,
 * PNG and TIFF are re-encoded in their own format; WebP has no encoder in the JDK and is refused for grievances.
 * Other accepted types (PDF, office files, CSV) are not images and pass unchanged.
 */
public final class ImageMetadata {

    private ImageMetadata() {
    }

    /** Whether files of this type are images whose metadata must go. */
    public static boolean isImage(DocumentType type) {
        return type == DocumentType.JPEG || type == DocumentType.PNG || type == DocumentType.TIFF || type == DocumentType.WEBP;
    }

    /** The image without metadata, or empty when it cannot be decoded and re-encoded (then it must not be stored). */
    public static Optional<byte[]> strip(DocumentType type, byte[] bytes) {
        String format = switch (type) {
            case JPEG -> "jpg";
            case PNG -> "png";
            case TIFF -> "tiff";
            default -> null;
        };
        if (format == null) {
            return Optional.empty();
        }
        try {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(bytes));
            if (image == null) {
                return Optional.empty();
            }
            if (type == DocumentType.JPEG && image.getColorModel().hasAlpha()) {
                BufferedImage rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
                Graphics2D g = rgb.createGraphics();
                g.drawImage(image, 0, 0, null);
                g.dispose();
                image = rgb;
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length);
            if (!ImageIO.write(image, format, out)) {
                return Optional.empty();
            }
            return Optional.of(out.toByteArray());
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
