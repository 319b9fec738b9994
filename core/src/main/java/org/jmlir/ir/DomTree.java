package org.jmlir.ir;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The dominator tree of one region's CFG, by Cooper, Harvey and Kennedy's iterative algorithm over reverse
 * post-order ("A Simple, Fast Dominance Algorithm"). Only blocks reachable from the entry are in the tree; edges
 * to blocks of other regions are ignored. Every traversal uses explicit stacks, so huge CFGs are fine.
 */
final class DomTree {
    private final Map<Block, Integer> index = new IdentityHashMap<>();
    private final Block[] rpo;
    private final int[] idom;
    private final int[] pre;
    private final int[] post;

    DomTree(Region region) {
        List<Block> order = reversePostOrder(region, index);
        rpo = order.toArray(new Block[0]);
        int n = rpo.length;
        int[][] preds = predecessors(region);
        idom = new int[n];
        Arrays.fill(idom, -1);
        if (n > 0) idom[0] = 0;
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int b = 1; b < n; b++) {
                int newIdom = -1;
                for (int p : preds[b]) {
                    if (idom[p] < 0) continue;
                    newIdom = newIdom < 0 ? p : intersect(p, newIdom);
                }
                if (newIdom != idom[b]) {
                    idom[b] = newIdom;
                    changed = true;
                }
            }
        }
        pre = new int[n];
        post = new int[n];
        numberTree();
    }

    /** Depth-first from the entry with an explicit stack; records each block's position in reverse post-order. */
    private static List<Block> reversePostOrder(Region region, Map<Block, Integer> index) {
        List<Block> postOrder = new ArrayList<>();
        Block entry = region.entryBlock();
        if (entry == null) return postOrder;
        Map<Block, Boolean> seen = new IdentityHashMap<>();
        // Parallel stacks: the block, its successors (fetched once), the next successor to look at.
        ArrayList<Block> stack = new ArrayList<>();
        ArrayList<List<Block>> succStack = new ArrayList<>();
        ArrayList<int[]> cursor = new ArrayList<>();
        stack.add(entry);
        succStack.add(entry.successors());
        cursor.add(new int[] {0});
        seen.put(entry, true);
        while (!stack.isEmpty()) {
            int top = stack.size() - 1;
            List<Block> succs = succStack.get(top);
            int[] c = cursor.get(top);
            if (c[0] < succs.size()) {
                Block s = succs.get(c[0]++);
                if (s.parent() == region && seen.putIfAbsent(s, true) == null) {
                    stack.add(s);
                    succStack.add(s.successors());
                    cursor.add(new int[] {0});
                }
                continue;
            }
            postOrder.add(stack.remove(top));
            succStack.remove(top);
            cursor.remove(top);
        }
        List<Block> rpo = new ArrayList<>(postOrder.size());
        for (int i = postOrder.size() - 1; i >= 0; i--) {
            index.put(postOrder.get(i), rpo.size());
            rpo.add(postOrder.get(i));
        }
        return rpo;
    }

    /** Predecessors by RPO index, from the same terminator edges the traversal followed. */
    private int[][] predecessors(Region region) {
        List<List<Integer>> lists = new ArrayList<>(rpo.length);
        for (int i = 0; i < rpo.length; i++) lists.add(new ArrayList<>(2));
        for (int i = 0; i < rpo.length; i++) {
            for (Block s : rpo[i].successors()) {
                Integer j = s.parent() == region ? index.get(s) : null;
                if (j != null) lists.get(j).add(i);
            }
        }
        int[][] out = new int[rpo.length][];
        for (int i = 0; i < rpo.length; i++) out[i] = lists.get(i).stream().mapToInt(Integer::intValue).toArray();
        return out;
    }

    /** Walks both fingers up the tree; a higher RPO index is further from the entry. */
    private int intersect(int a, int b) {
        while (a != b) {
            while (a > b) a = idom[a];
            while (b > a) b = idom[b];
        }
        return a;
    }

    /** Pre/post numbers of a DFS over the tree, so that dominance queries are O(1). */
    private void numberTree() {
        int n = rpo.length;
        if (n == 0) return;
        int[] childCount = new int[n];
        for (int b = 1; b < n; b++) childCount[idom[b]]++;
        int[][] children = new int[n][];
        for (int b = 0; b < n; b++) children[b] = new int[childCount[b]];
        int[] fill = new int[n];
        for (int b = 1; b < n; b++) children[idom[b]][fill[idom[b]]++] = b;
        int[] stack = new int[n];
        int[] next = new int[n];
        int sp = 0, clock = 0;
        stack[sp++] = 0;
        pre[0] = clock++;
        while (sp > 0) {
            int b = stack[sp - 1];
            if (next[b] < children[b].length) {
                int c = children[b][next[b]++];
                pre[c] = clock++;
                stack[sp++] = c;
            } else {
                post[b] = clock++;
                sp--;
            }
        }
    }

    boolean isReachable(Block b) { return index.containsKey(b); }

    /** Whether a dominates b and a != b; false when either is unreachable, as MLIR (LLVM's tree) answers. */
    boolean properlyDominates(Block a, Block b) {
        Integer x = index.get(a), y = index.get(b);
        if (x == null || y == null || x.equals(y)) return false;
        return pre[x] <= pre[y] && post[y] <= post[x];
    }

    /** The immediate dominator; null for the entry and for unreachable blocks. */
    Block immediateDominator(Block b) {
        Integer x = index.get(b);
        return x == null || x == 0 ? null : rpo[idom[x]];
    }

    /** The nearest block dominating both; null if either is unreachable. */
    Block nearestCommonDominator(Block a, Block b) {
        Integer x = index.get(a), y = index.get(b);
        if (x == null || y == null) return null;
        return rpo[intersect(x, y)];
    }
}
