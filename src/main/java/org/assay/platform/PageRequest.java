package org.assay.platform;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.function.Function;

/**
 * A validated {@code first}/{@code after} pair. Cursors are opaque to clients: base64url of the keyset
 * values of the last row seen (sort key(s) and id), so paging is stable and uses indexes.
 */
public record PageRequest(int first, List<String> after) {

    public static final int DEFAULT_PAGE_SIZE = 20;
    public static final int MAX_PAGE_SIZE = 100;

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

    /** Cursor part {@code i} of the {@code after} cursor. */
    public String cursorPart(int i) {
        if (after == null || i >= after.size()) {
            throw new InvalidArgumentException("malformed cursor");
        }
        return after.get(i);
    }

    public static String encode(String... parts) {
        String joined = String.join("\u001f", parts);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(joined.getBytes(StandardCharsets.UTF_8));
    }

    static List<String> decode(String cursor) {
        try {
            String joined = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            return List.of(joined.split("\u001f", -1));
        } catch (IllegalArgumentException e) {
            throw new InvalidArgumentException("malformed cursor");
        }
    }

    /**
     * Cuts a result fetched with {@code first + 1} rows into the page and its {@link PageInfo}.
     */
    public <T> Slice<T> slice(List<T> fetched, Function<T, String> cursorOf) {
        boolean more = fetched.size() > first;
        List<T> page = more ? fetched.subList(0, first) : fetched;
        String end = page.isEmpty() ? null : cursorOf.apply(page.get(page.size() - 1));
        return new Slice<>(List.copyOf(page), new PageInfo(more, end));
    }

    /** One page of items with its page info. */
    public record Slice<T>(List<T> items, PageInfo pageInfo) {
        public <R> List<R> map(Function<T, R> f) {
            return items.stream().map(f).toList();
        }
    }
}
