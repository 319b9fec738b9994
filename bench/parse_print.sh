#!/usr/bin/env bash
# Parse+print benchmark: jopt vs mlir-opt 22 on generated modules, whole-process wall time and peak RSS, median of
# several runs, both tools measured in the same run. Writes a markdown table to stdout.
# Usage: bench/parse_print.sh [SIZES...]   (default: 100000 1000000)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
mlir_opt=/usr/lib/llvm-22/bin/mlir-opt
runs=${RUNS:-5}
sizes=("$@")
[ ${#sizes[@]} -eq 0 ] && sizes=(100000 1000000)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

"$root/bin/jopt" --version >/dev/null   # build once, outside the timings

source "$root/bench/lib.sh"

echo "| ops | form | jopt s | mlir-opt s | ratio (jopt/mlir-opt) | jopt MiB | mlir-opt MiB | memory ratio |"
echo "|---|---|---|---|---|---|---|---|"
for n in "${sizes[@]}"; do
  python3 "$root/bench/gen_big.py" "$n" >"$work/custom.mlir"
  "$mlir_opt" --mlir-print-op-generic "$work/custom.mlir" >"$work/generic.mlir"
  ops=$(grep -c ' = \|memref.store\|scf.yield\|return' "$work/custom.mlir" || true)
  for form in custom generic; do
    flag=""; [ "$form" = generic ] && flag="--mlir-print-op-generic"
    read -r jt jm < <(measure "$root/bin/jopt" $flag "$work/$form.mlir" -o /dev/null)
    read -r mt mm < <(measure "$mlir_opt" $flag "$work/$form.mlir" -o /dev/null)
    python3 -c "print(f'| {$ops} | $form | $jt | $mt | {$jt/$mt:.2f} | $jm | $mm | {$jm/$mm:.2f} |')"
  done
done
