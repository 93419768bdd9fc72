package org.runmend.training;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.runmend.activity.Distance;

/**
 * How far a pair has been run: the runs that name it, on or after its start date, up to today.
 *
 * @param pastAlert the distance has reached the pair's alert distance
 */
public record ShoeWear(Shoe shoe, Distance distance, int runs, boolean pastAlert) {
    public ShoeWear {
        Objects.requireNonNull(shoe, "shoe");
        Objects.requireNonNull(distance, "distance");
    }

    /**
     * How far each pair has been run, without analysing the load: for each pair in the order given,
     * the runs that name it, on or after its start date, up to {@code today}. The load report's
     * {@link LoadReport#shoes()} counts the same way.
     */
    public static List<ShoeWear> of(List<Shoe> pairs, Collection<Run> runs, LocalDate today) {
        List<ShoeWear> out = new ArrayList<>(pairs.size());
        for (Shoe pair : pairs) {
            double metres = 0;
            int count = 0;
            for (Run r : runs) {
                if (pair.id().equals(r.shoeId())
                        && !r.date().isBefore(pair.start())
                        && !r.date().isAfter(today)) {
                    metres += r.distance().metres();
                    count++;
                }
            }
            out.add(new ShoeWear(
                    pair,
                    Distance.ofMetres(metres),
                    count,
                    metres >= pair.alertDistance().metres()));
        }
        return out;
    }

    /** Past the alert distance and still in use: retired pairs never alert. */
    public boolean alert() {
        return pastAlert && !shoe.retired();
    }

    /** Distance left until the alert; zero once past it. */
    public Distance remaining() {
        return Distance.ofMetres(Math.max(0, shoe.alertDistance().metres() - distance.metres()));
    }
}
