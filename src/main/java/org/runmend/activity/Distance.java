package org.runmend.activity;

/** A non-negative distance, kept in metres. */
public record Distance(double metres) implements Comparable<Distance> {
    public static final Distance ZERO = new Distance(0);

    public Distance {
        if (!(metres >= 0) || Double.isInfinite(metres)) {
            throw new IllegalArgumentException("distance must be a finite number of metres >= 0, got " + metres);
        }
    }

    public static Distance ofMetres(double metres) {
        return new Distance(metres);
    }

    public static Distance ofKilometres(double km) {
        return new Distance(km * 1000);
    }

    public double toKilometres() {
        return metres / 1000;
    }

    public Distance plus(Distance other) {
        return new Distance(metres + other.metres);
    }

    @Override
    public int compareTo(Distance o) {
        return Double.compare(metres, o.metres);
    }
}
