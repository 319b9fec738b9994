package org.jmlir.pass;

import java.util.concurrent.atomic.AtomicLong;

/** A named counter a pass increments ({@code --pass-statistics} prints them, summed over threads). */
public final class Statistic {
    private final String name;
    private final String description;
    private final AtomicLong value = new AtomicLong();

    Statistic(String name, String description) {
        this.name = name;
        this.description = description;
    }

    public String name() { return name; }

    public String description() { return description; }

    public long get() { return value.get(); }

    public void add(long n) { value.addAndGet(n); }

    public void increment() { value.incrementAndGet(); }

    @Override public String toString() { return name + "=" + get(); }
}
