#!/usr/bin/env bash
# GPU readiness, from the repository root on a machine with an NVIDIA GPU, driver, CUDA 12.1 and cuDNN 8:
#   bash app/bench/gpu-check.sh          builds the gpu profile, then prints one table: the device the pool chose,
#                                        the pool benchmark (bench) and the shipped Fashion-MNIST model's held-out
#                                        evaluation through a running portal's pool (/v2)
#   bash app/bench/gpu-check.sh --cpu    the same on the default CPU build (a dry run of the script itself)
# Needs JDK 25 (JAVA_HOME); uses the full Fashion-MNIST test split when dataset-fashion-mnist is installed, else the
# committed 500-image held-out sample.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
profile=(-Pgpu)
[[ "${1:-}" == "--cpu" ]] && profile=()
work=$(mktemp -d /tmp/lepton-gpu-check.XXXXXX)
portal=""
cleanup() { [[ -n "$portal" ]] && kill "$portal" 2>/dev/null && wait "$portal" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT

echo "building ${profile[*]:-the CPU build} ..."
./mvnw -B -q -DskipTests -Dlepton.fast-start.skip=true "${profile[@]}" package -pl '!e2e-tests' >"$work/build.log" 2>&1 \
    || { tail -40 "$work/build.log"; exit 1; }
jar=app/target/lepton-case-library.jar
flags=(--enable-native-access=ALL-UNNAMED --sun-misc-unsafe-memory-access=allow -Dai.djl.offline=true)

echo "pool benchmark ..."
"$java" "${flags[@]}" -jar "$jar" bench --seconds "${BENCH_SECONDS:-5}" --concurrency 1,8,64 >"$work/bench.log" 2>&1 \
    || { tail -40 "$work/bench.log"; exit 1; }

echo "held-out evaluation through a running portal ..."
port=$((20000 + RANDOM % 20000))
"$java" "${flags[@]}" -jar "$jar" --server.port="$port" --lepton.data-directory="$work/data" \
    --lepton.demo.runs-per-minute=1000000 >"$work/portal.log" 2>&1 &
portal=$!
for _ in $(seq 1 300); do
    curl -sf -o /dev/null "http://127.0.0.1:$port/actuator/health" && break
    kill -0 "$portal" 2>/dev/null || { tail -40 "$work/portal.log"; exit 1; }
    sleep 1
done
if [[ -f /usr/share/datasets/fashion-mnist/t10k-labels-idx1-ubyte.gz ]]; then
    heldout=(/usr/share/datasets/fashion-mnist t10k)
else
    heldout=(plugins/manufacturing-sorting/src/test/resources/heldout heldout)
fi
"$java" app/bench/GpuHeldOut.java "http://127.0.0.1:$port" "${heldout[@]}" 32 >"$work/heldout.log" 2>&1 \
    || { cat "$work/heldout.log"; tail -40 "$work/portal.log"; exit 1; }

echo
echo "## GPU readiness ($(date -u +%Y-%m-%d), ${profile[*]:-CPU build}, $(nproc) cores)"
if command -v nvidia-smi >/dev/null; then
    echo "GPU: $(nvidia-smi --query-gpu=name,driver_version,memory.total --format=csv,noheader | head -1)"
fi
echo "Device: $(grep -o 'Inference runs on .*' "$work/portal.log" | head -1)"
echo
grep -E '^\|' "$work/bench.log"
echo
echo "| evaluation | images | accuracy | throughput | batch p50 | batch p99 |"
echo "|---|---:|---:|---:|---:|---:|"
cat "$work/heldout.log"
grep -E '^(Model cost|Concurrency)' "$work/bench.log" || true
