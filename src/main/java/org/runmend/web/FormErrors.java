package org.runmend.web;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What is wrong with a form as typed: field name to one message, which starts with the field's
 * label so it reads on its own in the summary at the top of the page. Every form's records check
 * themselves into one of these, and every template shows field errors from one (the summary in
 * {@code errors.jte}, each field's message beside it).
 *
 * <p>Immutable: {@link #add} returns a new value. Listed in the form's order, the order of the
 * fields given to {@link #inOrder}, then any other field in the order added (the shoes page's
 * per-pair reminder fields).
 *
 * @param order    the form's fields, top to bottom
 * @param messages field name to message, in the order added
 */
public record FormErrors(List<String> order, Map<String, String> messages) {
    /** One problem, for the summary: the field's id (a link target) and its message. */
    public record Problem(String field, String message) {}

    /**
     * A form's value once checked: the value when the form is valid, else its problems.
     *
     * @param value  null exactly when there are errors
     */
    public record Checked<T>(T value, FormErrors errors) {
        public Checked {
            Objects.requireNonNull(errors, "errors");
            if ((value == null) == errors.isEmpty()) {
                throw new IllegalArgumentException("a checked form has a value or errors, not both or neither");
            }
        }

        public static <T> Checked<T> valid(T value) {
            return new Checked<>(Objects.requireNonNull(value, "value"), NONE);
        }

        public static <T> Checked<T> invalid(FormErrors errors) {
            return new Checked<>(null, errors);
        }

        public boolean isValid() {
            return value != null;
        }
    }

    private static final FormErrors NONE = inOrder();

    public FormErrors {
        order = List.copyOf(order);
        messages = Collections.unmodifiableMap(new LinkedHashMap<>(messages));
    }

    /** No errors yet, on a form with these fields from top to bottom. */
    public static FormErrors inOrder(String... fields) {
        return new FormErrors(List.of(fields), Map.of());
    }

    /** With this field's message; a later message for the same field replaces the earlier one. */
    public FormErrors add(String field, String message) {
        Map<String, String> m = new LinkedHashMap<>(messages);
        m.put(Objects.requireNonNull(field, "field"), Objects.requireNonNull(message, "message"));
        return new FormErrors(order, m);
    }

    public boolean has(String field) {
        return messages.containsKey(field);
    }

    /** The field's message, or null when the field is fine. */
    public String message(String field) {
        return messages.get(field);
    }

    public boolean isEmpty() {
        return messages.isEmpty();
    }

    public int size() {
        return messages.size();
    }

    /** Every problem, in the form's order. */
    public List<Problem> all() {
        List<Problem> out = new ArrayList<>(messages.size());
        for (String f : order) {
            if (messages.containsKey(f)) {
                out.add(new Problem(f, messages.get(f)));
            }
        }
        messages.forEach((f, m) -> {
            if (!order.contains(f)) {
                out.add(new Problem(f, m));
            }
        });
        return out;
    }
}
