package org.jmlir.filecheck;

/** Levenshtein distance with a cut-off, for FileCheck's "possible intended match" search. */
final class EditDistance {
    private EditDistance() {}

    /**
     * Distance between {@code a[aFrom, aTo)} and {@code b}; once it is certain to exceed {@code limit}, returns
     * {@code limit + 1} instead of finishing (only cells within {@code limit} of the diagonal can stay under it).
     */
    static int distance(CharSequence a, int aFrom, int aTo, String b, int limit) {
        int n = aTo - aFrom;
        int m = b.length();
        if (Math.abs(n - m) > limit) return limit + 1;
        int big = limit == Integer.MAX_VALUE ? Integer.MAX_VALUE / 2 : limit + 1;
        int[] prev = new int[m + 1];
        int[] cur = new int[m + 1];
        for (int j = 0; j <= m; j++) prev[j] = Math.min(j, big);
        for (int i = 1; i <= n; i++) {
            int lo = Math.max(1, i - big);
            int hi = Math.min(m, i + big);
            cur[0] = Math.min(i, big);
            if (lo > 1) cur[lo - 1] = big;
            int rowMin = cur[0];
            char ca = a.charAt(aFrom + i - 1);
            for (int j = lo; j <= hi; j++) {
                int sub = prev[j - 1] + (ca == b.charAt(j - 1) ? 0 : 1);
                int del = prev[j] + 1;
                int ins = cur[j - 1] + 1;
                int v = Math.min(big, Math.min(sub, Math.min(del, ins)));
                cur[j] = v;
                rowMin = Math.min(rowMin, v);
            }
            if (hi < m) cur[hi + 1] = big;
            if (rowMin >= big) return limit + 1;
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        int d = prev[m];
        return d >= big && limit != Integer.MAX_VALUE ? limit + 1 : d;
    }
}
