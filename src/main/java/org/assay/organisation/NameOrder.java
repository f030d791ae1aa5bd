package org.assay.organisation;

/**
 * The order of organisation lists: the lower-cased name compared code point by code point (PostgreSQL collation
 * {@code ucs_basic}, the same in every database whatever its default collation), then the id. In that order, every name
 * starting with a prefix lies in [prefix, {@link #prefixEnd}(prefix)), which lets a prefix search read an index range.
 * The portfolio list and the overview sort in the same order (the entry's copy of the name, V71, is ucs_basic since
 * V96); {@code overview.SupplierListsOrderTest} pages the three lists over the same names and expects one order.
 */
final class NameOrder {

    /** The HQL sort key (indexed by V70 {@code organisation_kind_lname_c_idx}). */
    static final String KEY = "collate(lower(o.name) as ucs_basic)";

    /** A page cursor's name ({@code :afterName}) as a key of the same order, lower-cased by the database like the key. */
    static final String CURSOR = "collate(lower(:afterName) as ucs_basic)";

    private NameOrder() {
    }

    /**
     * The first string after every string that starts with {@code prefix}: the prefix with its last code point
     * incremented; null when there is none (the last code point is the largest there is).
     */
    static String prefixEnd(String prefix) {
        int last = prefix.codePointBefore(prefix.length());
        if (last >= Character.MAX_CODE_POINT) {
            return null;
        }
        int next = last + 1;
        if (next >= Character.MIN_SURROGATE && next <= Character.MAX_SURROGATE) {
            next = Character.MAX_SURROGATE + 1; // surrogates are not code points of a string; the next real one
        }
        return prefix.substring(0, prefix.length() - Character.charCount(last)) + new String(Character.toChars(next));
    }
}
