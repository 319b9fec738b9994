# Shared helpers of the bench scripts (sourced). Needs $work (a scratch directory) and $runs.

# Runs a command $runs times; prints "median_seconds median_max_rss_mib".
measure() {
  local times=() rss=()
  for _ in $(seq "$runs"); do
    /usr/bin/time -f "%e %M" -o "$work/time" "$@" >/dev/null 2>"$work/err" || { cat "$work/err" >&2; return 1; }
    read -r t m <"$work/time"
    times+=("$t"); rss+=("$m")
  done
  python3 - "${times[*]}" "${rss[*]}" <<'PY'
import statistics, sys
t = [float(x) for x in sys.argv[1].split()]
m = [int(x) for x in sys.argv[2].split()]
print(f"{statistics.median(t):.2f} {statistics.median(m)/1024:.0f}")
PY
}
