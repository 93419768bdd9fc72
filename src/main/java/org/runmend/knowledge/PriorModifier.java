package org.runmend.knowledge;

/** Multiplies a condition's prior when every given criterion holds (age bounds inclusive). */
public record PriorModifier(Integer ageMin, Integer ageMax, String sex, double factor, String reason) {

    /** Unknown age or sex never satisfies a criterion on it. */
    public boolean appliesTo(Integer age, String caseSex) {
        if ((ageMin != null || ageMax != null) && age == null) {
            return false;
        }
        if (ageMin != null && age < ageMin) {
            return false;
        }
        if (ageMax != null && age > ageMax) {
            return false;
        }
        return sex == null || sex.equals(caseSex);
    }
}
