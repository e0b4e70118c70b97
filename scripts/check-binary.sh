#!/usr/bin/env bash
# Checks a built Linux addon against its target triple, from the ELF headers
# alone (no need to run it on that machine):
#   - class and machine (x86-64 / AArch64);
#   - musl: no glibc anywhere (no libc.so.6, no ld-linux, no GLIBC_* symbol
#     versions), and musl's libc.so among the needed libraries;
#   - gnu: the newest GLIBC_* symbol version it needs is at most MAX_GLIBC
#     (default 2.17, the @napi-rs/cross-toolchain sysroot CI links against);
#   - nothing but libc, libm, libdl, libpthread, librt, libgcc_s and the
#     loader among the needed libraries (no OpenSSL: TLS is rustls).
# Usage: scripts/check-binary.sh <target-triple> <file.node>...
set -euo pipefail

target=${1:?usage: check-binary.sh <target-triple> <file.node>...}
shift
[ $# -gt 0 ] || { echo "check-binary: no file given" >&2; exit 2; }
max_glibc=${MAX_GLIBC:-2.17}

case "$target" in
  x86_64-*) machine='Advanced Micro Devices X86-64' ;;
  aarch64-*) machine='AArch64' ;;
  *) echo "check-binary: $target is not a Linux target this script knows" >&2; exit 2 ;;
esac
case "$target" in
  *-linux-musl) libc=musl ;;
  *-linux-gnu) libc=gnu ;;
  *) echo "check-binary: $target is not a Linux target this script knows" >&2; exit 2 ;;
esac

fail=0
for f in "$@"; do
  echo "== $f ($target)"
  file -b "$f"
  header=$(readelf -h "$f")
  grep -q 'Class:[[:space:]]*ELF64' <<<"$header" || { echo "FAIL: not ELF64"; fail=1; }
  grep -q 'Type:[[:space:]]*DYN' <<<"$header" || { echo "FAIL: not a shared object"; fail=1; }
  grep -q "Machine:[[:space:]]*$machine" <<<"$header" || { echo "FAIL: machine is not $machine"; fail=1; }

  needed=$(readelf -d "$f" | sed -n 's/.*(NEEDED).*\[\(.*\)\]/\1/p')
  echo "needed: $(echo $needed)"
  versions=$(readelf -V "$f" | grep -o 'GLIBC_[0-9][0-9.]*' | sort -u -V || true)
  for lib in $needed; do
    case "$lib" in
      libc.so|libc.so.6|libm.so.6|libdl.so.2|libpthread.so.0|librt.so.1|libgcc_s.so.1|ld-linux-*|ld-musl-*) ;;
      *) echo "FAIL: unexpected needed library $lib"; fail=1 ;;
    esac
  done
  if [ "$libc" = musl ]; then
    if grep -Eq 'libc\.so\.6|ld-linux|libm\.so\.6|libdl\.so|libpthread\.so|librt\.so' <<<"$needed"; then
      echo "FAIL: a musl build needs a glibc library"; fail=1
    fi
    if [ -n "$versions" ]; then
      echo "FAIL: a musl build references glibc symbol versions: $(echo $versions)"; fail=1
    fi
    grep -qx 'libc.so' <<<"$needed" || { echo "FAIL: musl's libc.so is not needed: not linked against musl?"; fail=1; }
  else
    newest=$(tail -n 1 <<<"$versions")
    echo "newest glibc symbol version: ${newest:-none}"
    if [ -n "$newest" ] && [ "$(printf '%s\n%s\n' "GLIBC_$max_glibc" "$newest" | sort -V | tail -n 1)" != "GLIBC_$max_glibc" ]; then
      echo "FAIL: needs $newest, newer than GLIBC_$max_glibc"; fail=1
    fi
  fi
  # napi's dyn-symbols feature resolves napi_* at load time with dlsym:
  # none should be left for the dynamic linker.
  undefined_napi=$(readelf --dyn-syms -W "$f" | awk '$7 == "UND" && $8 ~ /^napi_/ {print $8}' | head -n 3)
  [ -z "$undefined_napi" ] || echo "note: undefined napi symbols (resolved from the node process): $(echo $undefined_napi) ..."
done
[ "$fail" -eq 0 ] && echo "check-binary: OK" || echo "check-binary: FAILED"
exit "$fail"
