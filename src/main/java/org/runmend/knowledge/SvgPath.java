package org.runmend.knowledge;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The small part of SVG path syntax the body map's shapes use: absolute {@code M x,y}, then
 * {@code L x,y}, {@code Q x,y x,y} and {@code C x,y x,y x,y}, closed by {@code Z}. Every point
 * is absolute, so a shape can be measured and mirrored by its x coordinates alone.
 */
final class SvgPath {
    private static final Pattern TOKEN = Pattern.compile("\\s*(?:([MLQCZ])|(-?\\d+(?:\\.\\d+)?),(-?\\d+(?:\\.\\d+)?))");
    private static final Pattern POINT = Pattern.compile("(-?\\d+(?:\\.\\d+)?),(-?\\d+(?:\\.\\d+)?)");

    /** The smallest box around every point of the path: min x, min y, max x, max y. */
    record Box(double minX, double minY, double maxX, double maxY) {
        double width() {
            return maxX - minX;
        }

        double height() {
            return maxY - minY;
        }
    }

    private SvgPath() {}

    /**
     * The points of a path, checked against the syntax above.
     *
     * @throws IllegalArgumentException saying what is wrong, for a path in any other syntax
     */
    static List<double[]> points(String d) {
        if (d == null || d.isBlank()) {
            throw new IllegalArgumentException("is empty");
        }
        List<double[]> points = new ArrayList<>();
        Matcher m = TOKEN.matcher(d);
        int at = 0;
        char command = 0;
        int expected = 0;
        int given = 0;
        boolean closed = false;
        while (at < d.length()) {
            if (!m.find(at) || m.start() != at) {
                if (d.substring(at).isBlank()) {
                    break;
                }
                throw new IllegalArgumentException("'" + d.substring(at).strip()
                        + "' is not an absolute M, L, Q, C or Z command" + " with x,y points");
            }
            at = m.end();
            if (m.group(1) != null) {
                if (command != 0 && given != expected) {
                    throw new IllegalArgumentException(command + " needs " + expected + " point(s), has " + given);
                }
                if (closed) {
                    throw new IllegalArgumentException("goes on after Z");
                }
                command = m.group(1).charAt(0);
                if (points.isEmpty() && command != 'M') {
                    throw new IllegalArgumentException("must start with M");
                }
                expected = switch (command) {
                    case 'Q' -> 2;
                    case 'C' -> 3;
                    case 'Z' -> 0;
                    default -> 1;
                };
                given = 0;
                closed = command == 'Z';
                continue;
            }
            if (command == 0) {
                throw new IllegalArgumentException("must start with M");
            }
            if (given == expected) {
                throw new IllegalArgumentException(command + " has more than " + expected + " point(s)");
            }
            points.add(new double[] {Double.parseDouble(m.group(2)), Double.parseDouble(m.group(3))});
            given++;
        }
        if (!closed) {
            throw new IllegalArgumentException("must end with Z (a closed shape)");
        }
        return points;
    }

    static Box box(String d) {
        List<double[]> points = points(d);
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (double[] p : points) {
            minX = Math.min(minX, p[0]);
            maxX = Math.max(maxX, p[0]);
            minY = Math.min(minY, p[1]);
            maxY = Math.max(maxY, p[1]);
        }
        return new Box(minX, minY, maxX, maxY);
    }

    /** The shape's mirror image about the vertical line {@code x = axis}. */
    static String mirror(String d, double axis) {
        Matcher m = POINT.matcher(d);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, number(2 * axis - Double.parseDouble(m.group(1))) + "," + m.group(2));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String number(double v) {
        return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }
}
