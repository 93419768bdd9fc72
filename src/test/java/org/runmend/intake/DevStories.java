package org.runmend.intake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.runmend.support.Shared;

/** The contract's 80 dev stories with their gold readings. */
record DevStories(List<Story> all) {
    /** One story and what it states. */
    record Story(
            String id,
            String story,
            String region,
            String side,
            Integer age,
            String sex,
            Integer durationDays,
            Integer painScore,
            Map<String, Boolean> findings,
            JsonNode line) {}

    static DevStories load() {
        ObjectMapper json = new ObjectMapper();
        List<Story> out = new ArrayList<>();
        try {
            for (String l : Files.readAllLines(Shared.devStories())) {
                if (l.isBlank()) {
                    continue;
                }
                JsonNode n = json.readTree(l);
                Map<String, Boolean> f = new LinkedHashMap<>();
                n.path("findings")
                        .properties()
                        .forEach(e -> f.put(e.getKey(), e.getValue().asBoolean()));
                out.add(new Story(
                        n.path("id").asText(),
                        n.path("story").asText(),
                        n.path("region").asText(),
                        n.hasNonNull("side") ? n.get("side").asText() : null,
                        n.hasNonNull("age") ? n.get("age").asInt() : null,
                        n.hasNonNull("sex") ? n.get("sex").asText() : null,
                        n.hasNonNull("durationDays") ? n.get("durationDays").asInt() : null,
                        n.hasNonNull("painScore") ? n.get("painScore").asInt() : null,
                        f,
                        n));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new DevStories(List.copyOf(out));
    }
}
