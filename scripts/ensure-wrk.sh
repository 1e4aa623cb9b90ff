#!/usr/bin/env bash
# The benchmarks drive load with Debian's wrk: a load generator in Node saturates first on two cores.
set -euo pipefail
if command -v wrk >/dev/null; then exit 0; fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
  echo "Installing Debian's wrk for the benchmarks…"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null
  exit 0
fi
echo "The benchmarks need wrk." >&2
echo "Install it with: sudo apt-get install -y wrk   (Debian/Ubuntu)" >&2
exit 1
