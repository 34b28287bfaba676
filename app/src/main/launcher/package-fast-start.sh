#!/bin/sh
# Run by the app module's package phase (exec-maven-plugin), in app/: turns the fat jar into the fast-start layout
# under target/lepton: Spring Boot's extracted jar with its lib/, the launcher, and a JDK AOT cache trained by one
# start of the portal on a throwaway data folder that loads every model, runs the shipped samples for 10 s and exits
# once ready (about 80 s on a quiet 2-core machine). A training start that never gets ready is stopped after 15 min.
# Skip it with -Dlepton.fast-start.skip=true; `java -jar target/lepton-case-library.jar` works either way.
set -eu
java="$1"
out=target/lepton
rm -rf "$out" target/aot-training
"$java" -Djarmode=tools -jar target/lepton-case-library.jar extract --destination "$out" --force
cp src/main/launcher/lepton "$out/lepton"
chmod 755 "$out/lepton"
mkdir -p target/aot-training
log=target/aot-training/training.log
if ! (cd target/aot-training && JAVA_HOME="$(dirname "$(dirname "$java")")" LEPTON_AOT_TRAINING=1 \
        timeout 900 ../lepton/lepton --server.port=0 --lepton.data-directory=./data >training.log 2>&1); then
    tail -40 "$log"
    echo "the AOT training start failed; see app/$log" >&2
    exit 1
fi
test -s "$out/lepton-case-library.aot" || { tail -40 "$log"; echo "no AOT cache was written" >&2; exit 1; }
rm -rf target/aot-training/data
echo "fast start ready: $out/lepton ($(du -m "$out/lepton-case-library.aot" | cut -f1) MB AOT cache)"
