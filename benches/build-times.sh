#!/usr/bin/env bash
# The README's two commands as a newcomer runs them: a copy of this checkout with an empty
# target folder (the crate registry stays warm), `cargo run --example siulak`, then
# `cargo test`, each with its wall and CPU time; then the target folder's size, and the first
# command alone again from an empty target folder.
#
#   bash benches/build-times.sh            # prints a table row per measurement
#
# Run it on an idle machine: other work on the two cores shows in the wall times.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
# The files as they are in this checkout (committed or not), without any build output.
(cd "$root" && git ls-files -co --exclude-standard -z) | (cd "$root" && xargs -0 cp --parents -t "$work")
cd "$work"
cargo fetch --quiet

timed() { # label, command…: prints "label | wall s | CPU s"
    local label="$1"; shift
    local out; out="$(mktemp)"
    /usr/bin/time -f '%e %U %S' -o "$out" "$@" >/dev/null 2>&1 || { echo "$label: failed"; cat "$out"; exit 1; }
    read -r wall user system <"$out"
    printf '| %s | %.0f s | %.0f s |\n' "$label" "$wall" "$(echo "$user + $system" | bc)"
}

echo "| command (2 cores, $(nproc) online, load $(cut -d' ' -f1 /proc/loadavg) at start) | wall | CPU |"
echo "|---|---|---|"
timed '`cargo run --example siulak`, empty target folder' cargo run --example siulak
timed '`cargo test` after it' cargo test
echo
echo "target folder after both: $(du -sh target | cut -f1)"
rm -rf target
timed '`cargo test`, empty target folder' cargo test
echo "target folder after \`cargo test\` alone: $(du -sh target | cut -f1)"
