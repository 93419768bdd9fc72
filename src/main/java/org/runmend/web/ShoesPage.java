package org.runmend.web;

import java.util.List;
import org.runmend.activity.Figures;
import org.runmend.activity.Figures.Precision;
import org.runmend.activity.Units;
import org.runmend.training.ShoeWear;

/**
 * The shoes page: every pair with how far it has been run, and the add-a-pair form as typed.
 *
 * @param errors the add form's ("name", "start", "alert") or one pair's reminder ("alert-" + its id)
 * @param notice what just happened, or null
 */
public record ShoesPage(List<ShoeWear> pairs, ShoeForm form, FormErrors errors, String notice) {
    public ShoesPage {
        pairs = List.copyOf(pairs);
    }

    /** "700" for 700 km. */
    public static String alertKm(ShoeWear w) {
        return Figures.distance(w.shoe().alertDistance(), Units.KM, Precision.WHOLE);
    }
}
