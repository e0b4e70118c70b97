#!/usr/bin/env bash
# Does musl's dynamic loader accept a musl build of the addon? A small C
# program, built against musl (Debian's musl-tools: musl-gcc), dlopen()s the
# .node with RTLD_LAZY and looks up napi_register_module_v1, the entry point
# Node calls. No musl Node is needed, and no glibc is involved: the program
# runs under /lib/ld-musl-<arch>.so.1.
#
# For an aarch64 build on an x86-64 machine, set MUSL_CC to a cross compiler
# for aarch64 musl (e.g. "zig cc -target aarch64-linux-musl") and RUNNER to
# "qemu-aarch64-static -L <aarch64 musl sysroot>".
#
# Usage: scripts/check-musl-load.sh <file.node>
set -euo pipefail

node_file=$(readlink -f "${1:?usage: check-musl-load.sh <file.node>}")
cc=${MUSL_CC:-musl-gcc}
command -v "${cc%% *}" >/dev/null || { echo "check-musl-load: $cc not found (apt-get install musl-tools)" >&2; exit 2; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cat >"$work/dlopen.c" <<'EOF'
#include <dlfcn.h>
#include <stdio.h>

int main(int argc, char **argv) {
  void *h = dlopen(argv[1], RTLD_LAZY | RTLD_LOCAL);
  if (!h) {
    printf("dlopen failed: %s\n", dlerror());
    return 1;
  }
  void *entry = dlsym(h, "napi_register_module_v1");
  printf("dlopen ok; napi_register_module_v1 %s\n", entry ? "found" : "MISSING");
  return entry ? 0 : 1;
}
EOF
# shellcheck disable=SC2086
$cc -O1 -o "$work/dlopen" "$work/dlopen.c"
echo "loader: $(readelf -l "$work/dlopen" | sed -n 's/.*Requesting program interpreter: \(.*\)]/\1/p')"
# shellcheck disable=SC2086
${RUNNER:-} "$work/dlopen" "$node_file"
