package org.jmlir.ir.attr;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

/**
 * {@code {a = 1, b}}: entries sorted by name (MLIR's order: byte-wise comparison of the UTF-8 names), names unique.
 * Immutable; the {@code with}/{@code without} methods return new dictionaries.
 */
public record DictionaryAttr(List<NamedAttribute> entries) implements BuiltinAttribute {
    public static final DictionaryAttr EMPTY = new DictionaryAttr(List.of());

    public DictionaryAttr {
        NamedAttribute[] a = entries.toArray(new NamedAttribute[0]);
        Arrays.sort(a);
        for (int i = 1; i < a.length; i++) {
            if (a[i].name().equals(a[i - 1].name())) {
                throw new IllegalArgumentException("duplicate key '" + a[i].name() + "' in dictionary attribute");
            }
        }
        entries = List.of(a);
    }

    /** Builds a dictionary, keeping the last value of a repeated name. */
    public static DictionaryAttr of(List<NamedAttribute> entries) {
        if (entries.isEmpty()) return EMPTY;
        return new DictionaryAttr(entries);
    }

    static int compareNames(String a, String b) {
        if (isAscii(a) && isAscii(b)) return a.compareTo(b);
        return Arrays.compareUnsigned(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) if (s.charAt(i) >= 0x80) return false;
        return true;
    }

    public boolean isEmpty() { return entries.isEmpty(); }

    public int size() { return entries.size(); }

    /** The value named {@code name}, or null. Binary search: entries are sorted. */
    public Attribute get(String name) {
        int n = entries.size();
        if (n <= 8) { // most ops carry a few attributes: equals (length first) beats comparing code points
            for (int i = 0; i < n; i++) {
                NamedAttribute e = entries.get(i);
                if (e.name().equals(name)) return e.value();
            }
            return null;
        }
        int lo = 0, hi = entries.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int c = compareNames(entries.get(mid).name(), name);
            if (c == 0) return entries.get(mid).value();
            if (c < 0) lo = mid + 1; else hi = mid - 1;
        }
        return null;
    }

    public boolean contains(String name) { return get(name) != null; }

    /** A copy with {@code name} set to {@code value} (removed when value is null). */
    public DictionaryAttr with(String name, Attribute value) {
        List<NamedAttribute> out = new ArrayList<>(entries.size() + 1);
        for (NamedAttribute e : entries) if (!e.name().equals(name)) out.add(e);
        if (value != null) out.add(new NamedAttribute(name, value));
        return out.isEmpty() ? EMPTY : new DictionaryAttr(out);
    }

    public DictionaryAttr without(String name) { return get(name) == null ? this : with(name, null); }

    public void forEach(Consumer<NamedAttribute> f) { entries.forEach(f); }
}
