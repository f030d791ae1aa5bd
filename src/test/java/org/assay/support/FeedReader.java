package org.assay.support;

import io.restassured.path.json.JsonPath;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assay.support.Gql.vars;

/** Reads a client's whole event feed (every page), as a portal catching up would. */
public final class FeedReader {

    static final String EVENTS = """
            query($first: Int, $after: String, $types: [EventType]) { events(first: $first, after: $after, types: $types) {
              edges { cursor node { id type wireType occurredAt data } } pageInfo { hasNextPage endCursor } } }""";

    private FeedReader() {
    }

    /** One event as the client read it: its type, the data parsed and as received. */
    public record Seen(String type, String wireType, JsonPath data, String raw) {
        public Map<String, Object> dataMap() {
            return data.getMap("$");
        }
    }

    /** Every event the client may see, oldest first, of these types (none: all). */
    public static List<Seen> events(Gql client, String... types) {
        List<Seen> all = new ArrayList<>();
        String after = null;
        for (int pages = 0; pages < 200; pages++) {
            Map<String, Object> v = new HashMap<>(vars("first", 100, "types", List.of(types)));
            if (after != null) v.put("after", after);
            Gql.Result r = client.post(EVENTS, v).assertNoErrors();
            List<Map<String, Object>> edges = r.get("data.events.edges");
            for (Map<String, Object> e : edges) {
                @SuppressWarnings("unchecked") Map<String, Object> n = (Map<String, Object>) e.get("node");
                String raw = (String) n.get("data");
                all.add(new Seen((String) n.get("type"), (String) n.get("wireType"), JsonPath.from(raw), raw));
            }
            if (!Boolean.TRUE.equals(r.get("data.events.pageInfo.hasNextPage"))) {
                return all;
            }
            after = r.string("data.events.pageInfo.endCursor");
        }
        throw new AssertionError("too many pages");
    }

    /** The events whose data has {@code field} equal to {@code value}. */
    public static List<Seen> about(List<Seen> events, String field, String value) {
        return events.stream().filter(e -> value.equals(e.data().getString(field))).toList();
    }

    public static List<String> types(List<Seen> events) {
        return events.stream().map(Seen::type).toList();
    }
}
