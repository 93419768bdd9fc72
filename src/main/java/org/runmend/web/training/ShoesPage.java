package org.runmend.web.training;

import java.util.List;
import org.runmend.activity.Distance;
import org.runmend.activity.Figures;
import org.runmend.activity.Figures.Precision;
import org.runmend.activity.Units;
import org.runmend.training.Shoe;
import org.runmend.training.ShoeWear;
import org.runmend.web.FormErrors;

/**
 * The shoes page: every pair with how far it has been run, and the add-a-pair form as typed, with
 * every distance in the runner's unit.
 *
 * @param errors the add form's ("name", "start", "alert") or one pair's reminder ("alert-" + its id)
 * @param notice what just happened, or null
 * @param units  the runner's unit: distances are shown and reminders typed in it
 * @param assign the "count past runs" form as typed
 * @param assigned what assigning a pair to past runs did or would do, in words; null before
 */
public record ShoesPage(
        List<ShoeWear> pairs,
        ShoeForm form,
        FormErrors errors,
        String notice,
        Units units,
        AssignForm assign,
        String assigned) {
    public ShoesPage {
        pairs = List.copyOf(pairs);
    }

    /** "742" for 742 km (or miles): a pair's distance, without the symbol. */
    public String distance(Distance d) {
        return Figures.distance(d, units, Precision.WHOLE);
    }

    /** "700" for a 700 km reminder, "400" for 400 mi: what the pair's reminder field holds. */
    public String alert(ShoeWear w) {
        return distance(w.shoe().alertDistance());
    }

    /** The reminder a pair gets when none is typed: "700" (km) or "435" (mi). */
    public String defaultAlert() {
        return distance(Shoe.DEFAULT_ALERT);
    }

    /** The largest reminder the fields accept, in the runner's unit. */
    public long maxAlert() {
        return ShoeForm.maxAlert(units);
    }

    /** "1,204": a pair's total distance, whole units with thousands separated. */
    public String total(ShoeWear w) {
        return TrainingFormat.longDistance(w.distance(), units);
    }

    /** "km" or "mi". */
    public String unit() {
        return units.symbol();
    }
}
