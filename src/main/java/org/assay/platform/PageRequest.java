package org.assay.platform;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * A validated {@code first}/{@code after} pair, and the one home of cursors. Cursors are opaque to clients: base64url of
 * the keyset values of the last row seen (sort key(s) and id), so paging is stable and uses indexes. A feature writes a
 * cursor with {@link #encode} and reads the {@code after} cursor back only through the typed readers ({@link #text},
 * {@link #uuid}, {@link #instant}, {@link #longValue}, {@link #intValue}, {@link #part}): any cursor that does not read
 * back is {@code INVALID_ARGUMENT}, never a server error.
 */
public record PageRequest(int first, List<String> after) {

    public static final int DEFAULT_PAGE_SIZE = 20;
    public static final int MAX_PAGE_SIZE = 100;

    private static final String MALFORMED = "malformed cursor";

    public static PageRequest of(Integer first, String after) {
        int size = first == null ? DEFAULT_PAGE_SIZE : first;
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw new InvalidArgumentException("first must be between 1 and " + MAX_PAGE_SIZE + ", was " + size);
        }
        return new PageRequest(size, after == null || after.isBlank() ? null : decode(after));
    }

    public boolean hasCursor() {
        return after != null;
    }

    // ---- typed readers of the after cursor: every bad cursor is INVALID_ARGUMENT ----

    /** Part {@code i} of the {@code after} cursor, as text. */
    public String text(int i) {
        if (after == null || i >= after.size()) {
            throw new InvalidArgumentException(MALFORMED);
        }
        return after.get(i);
    }

    /** Part {@code i} as an id (written from a UUID). */
    public UUID uuid(int i) {
        return part(i, UUID::fromString);
    }

    /** Part {@code i} as an instant (written from {@link Instant#toString()}). */
    public Instant instant(int i) {
        return part(i, Instant::parse);
    }

    /** Part {@code i} as a long. */
    public long longValue(int i) {
        return part(i, Long::parseLong);
    }

    /** Part {@code i} as an int. */
    public int intValue(int i) {
        return part(i, Integer::parseInt);
    }

    /** Part {@code i} as a decimal. */
    public BigDecimal decimal(int i) {
        return part(i, BigDecimal::new);
    }

    /** Part {@code i} read by {@code parser}; whatever the parser refuses (any runtime exception) is a malformed cursor. */
    public <T> T part(int i, Function<String, T> parser) {
        String text = text(i);
        try {
            T value = parser.apply(text);
            if (value == null) {
                throw new InvalidArgumentException(MALFORMED);
            }
            return value;
        } catch (InvalidArgumentException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new InvalidArgumentException(MALFORMED);
        }
    }

    /** The cursor for a row whose keyset values are {@code parts} (each written with its {@code toString()}). */
    public static String encode(String... parts) {
        String joined = String.join("\u001f", parts);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(joined.getBytes(StandardCharsets.UTF_8));
    }

    static List<String> decode(String cursor) {
        try {
            String joined = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            return List.of(joined.split("\u001f", -1));
        } catch (IllegalArgumentException e) {
            throw new InvalidArgumentException(MALFORMED);
        }
    }

    /**
     * Cuts a result fetched with {@code first + 1} rows into the page, its cursors and its {@link PageInfo}.
     */
    public <T> Slice<T> slice(List<T> fetched, Function<T, String> cursorOf) {
        boolean more = fetched.size() > first;
        return slice(more ? fetched.subList(0, first) : fetched, more, cursorOf);
    }

    /** The page of {@code page} (already cut to at most {@code first} items), {@code more} telling whether others follow. */
    public <T> Slice<T> slice(List<T> items, boolean more, Function<T, String> cursorOf) {
        List<T> page = List.copyOf(items);
        List<String> cursors = new ArrayList<>(page.size());
        for (T item : page) {
            cursors.add(cursorOf.apply(item));
        }
        PageInfo info = new PageInfo(more, hasCursor(), cursors.isEmpty() ? null : cursors.get(0),
                cursors.isEmpty() ? null : cursors.get(cursors.size() - 1));
        return new Slice<>(page, List.copyOf(cursors), info);
    }

    /** One page of items with their cursors and the page info. */
    public record Slice<T>(List<T> items, List<String> cursors, PageInfo pageInfo) {

        public <R> List<R> map(Function<T, R> f) {
            return items.stream().map(f).toList();
        }

        /**
         * The page as a Relay connection record {@code C(edges, nodes, pageInfo)} whose nodes are {@code nodes} (the
         * page's items mapped, in order) and whose edges pair each node with its cursor:
         * {@code slice.connection(views, OrganisationEdge::new, OrganisationConnection::new)}.
         */
        public <N, E, C> C connection(List<N> nodes, BiFunction<String, N, E> edge, ConnectionFactory<E, N, C> connection) {
            if (nodes.size() != items.size()) {
                throw new IllegalArgumentException("one node per item: " + nodes.size() + " for " + items.size());
            }
            List<E> edges = new ArrayList<>(nodes.size());
            for (int i = 0; i < nodes.size(); i++) {
                edges.add(edge.apply(cursors.get(i), nodes.get(i)));
            }
            return connection.create(List.copyOf(edges), List.copyOf(nodes), pageInfo);
        }

        /** {@link #connection(List, BiFunction, ConnectionFactory)} with each item mapped by {@code node}. */
        public <N, E, C> C connection(Function<T, N> node, BiFunction<String, N, E> edge, ConnectionFactory<E, N, C> connection) {
            return connection(map(node), edge, connection);
        }
    }

    /** The canonical constructor of a connection record: {@code OrganisationConnection::new}. */
    @FunctionalInterface
    public interface ConnectionFactory<E, N, C> {
        C create(List<E> edges, List<N> nodes, PageInfo pageInfo);
    }
}
