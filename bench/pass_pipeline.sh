#!/usr/bin/env bash
# Pass-pipeline benchmark: jopt vs mlir-opt 22 running a pipeline over a generated module (default: the 1M-op module
# of bench/gen_big.py and `builtin.module(func.func(canonicalize,cse))`), threaded and with threading disabled.
# Whole-process wall time and peak RSS, medians of $RUNS runs, both tools measured in the same run; also checks
# that both tools' outputs have the same number of ops of each kind.
# Usage: bench/pass_pipeline.sh [N_OPS [PIPELINE]]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
mlir_opt=/usr/lib/llvm-22/bin/mlir-opt
runs=${RUNS:-5}
n=${1:-1000000}
pipeline=${2:-'builtin.module(func.func(canonicalize,cse))'}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
source "$root/bench/lib.sh"

"$root/bin/jopt" --version >/dev/null   # build once, outside the timings
python3 "$root/bench/gen_big.py" "$n" >"$work/in.mlir"

# Same op counts from both tools (outputs differ at most in SSA names and order of equal constants).
"$root/bin/jopt" --pass-pipeline="$pipeline" "$work/in.mlir" -o "$work/j.mlir"
"$mlir_opt" --pass-pipeline="$pipeline" "$work/in.mlir" -o "$work/m.mlir"
count() { grep -oE '(= |^ *)[a-z_]+\.[a-z_.]+' "$1" | sed -E 's/^(= | *)//' | sort | uniq -c; }
if ! diff <(count "$work/j.mlir") <(count "$work/m.mlir") >"$work/diff"; then
  echo "warning: op counts differ (jopt <, mlir-opt >):" >&2; head -20 "$work/diff" >&2
fi

echo "| ops | pipeline | threading | jopt s | mlir-opt s | ratio (jopt/mlir-opt) | jopt MiB | mlir-opt MiB |"
echo "|---|---|---|---|---|---|---|---|"
for threading in on off; do
  flag=""; [ "$threading" = off ] && flag="--mlir-disable-threading"
  read -r jt jm < <(measure "$root/bin/jopt" $flag --pass-pipeline="$pipeline" "$work/in.mlir" -o /dev/null)
  read -r mt mm < <(measure "$mlir_opt" $flag --pass-pipeline="$pipeline" "$work/in.mlir" -o /dev/null)
  python3 -c "print(f'| $n | \`$pipeline\` | $threading | $jt | $mt | {$jt/$mt:.2f} | $jm | $mm |')"
done
