package org.runmend.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.runmend.activity.Figures;
import org.runmend.activity.Figures.Precision;
import org.runmend.activity.Units;
import org.runmend.training.ShoeWear;

/**
 * The shoes page: every pair with how far it has been run, and the add-a-pair form as typed.
 *
 * @param errors field name ("name", "start", "alert") to a message starting with its label
 * @param notice what just happened, or null
 */
public record ShoesPage(List<ShoeWear> pairs, String name, String start, String alert, Map<String, String> errors,
                        String notice) {
    public static final Map<String, String> LABELS = Map.of("name", "Name", "start", "First run in them",
            "alert", "Reminder distance");

    public ShoesPage {
        pairs = List.copyOf(pairs);
        errors = Map.copyOf(errors);
    }

    public String error(String field) {
        return errors.get(field);
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    public Map<String, String> orderedErrors() {
        Map<String, String> out = new LinkedHashMap<>();
        for (String f : new String[] {"name", "start", "alert"}) {
            if (errors.containsKey(f)) {
                out.put(f, errors.get(f));
            }
        }
        errors.forEach(out::putIfAbsent);
        return out;
    }

    /** "700" for 700 km. */
    public static String alertKm(ShoeWear w) {
        return Figures.distance(w.shoe().alertDistance(), Units.KM, Precision.WHOLE);
    }
}
