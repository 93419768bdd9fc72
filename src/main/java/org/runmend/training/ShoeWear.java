package org.runmend.training;

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

    /** Past the alert distance and still in use: retired pairs never alert. */
    public boolean alert() {
        return pastAlert && !shoe.retired();
    }

    /** Distance left until the alert; zero once past it. */
    public Distance remaining() {
        return Distance.ofMetres(Math.max(0, shoe.alertDistance().metres() - distance.metres()));
    }
}
