package org.webmail.demo;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.Polygon;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Random;
import javax.imageio.ImageIO;

/**
 * Small PNG pictures drawn with Java 2D: a landscape for photo attachments and a logo badge for inline images.
 * Only shapes, no text, so no font has to be installed on a headless server.
 */
final class DemoPng {

    private DemoPng() {
    }

    /** A sky, a sun and hills; {@code variant} changes the colours and the skyline. */
    static byte[] landscape(int width, int height, int variant) {
        Random shapes = new Random(variant);
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            float hue = (variant % 7) / 7f;
            g.setPaint(new GradientPaint(0, 0, Color.getHSBColor(hue, 0.5f, 0.95f),
                    0, height, Color.getHSBColor(hue + 0.1f, 0.2f, 1f)));
            g.fillRect(0, 0, width, height);
            int sun = height / 4;
            g.setColor(new Color(255, 214, 90));
            g.fillOval(width * 2 / 3, height / 8, sun, sun);
            for (int layer = 0; layer < 3; layer++) {
                g.setColor(Color.getHSBColor(0.3f + 0.05f * layer, 0.5f, 0.6f - 0.15f * layer));
                g.fillPolygon(hills(width, height, height / 2 + layer * height / 8, shapes));
            }
        } finally {
            g.dispose();
        }
        return png(image);
    }

    /** A round badge with a check mark, like a company logo in a signature or newsletter. */
    static byte[] badge(int size, Color colour) {
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setColor(colour);
            g.fillOval(0, 0, size - 1, size - 1);
            g.setColor(Color.WHITE);
            g.setStroke(new BasicStroke(size / 10f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.drawPolyline(new int[] {size * 3 / 10, size * 9 / 20, size * 3 / 4},
                    new int[] {size / 2, size * 13 / 20, size * 7 / 20}, 3);
        } finally {
            g.dispose();
        }
        return png(image);
    }

    private static Polygon hills(int width, int height, int baseline, Random shapes) {
        Polygon hills = new Polygon();
        hills.addPoint(0, height);
        for (int x = 0; x <= width; x += Math.max(1, width / 8)) {
            hills.addPoint(x, baseline - shapes.nextInt(Math.max(1, height / 6)));
        }
        hills.addPoint(width, height);
        return hills;
    }

    private static byte[] png(BufferedImage image) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, "png", out)) {
                throw new IllegalStateException("No PNG writer in this JDK");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
