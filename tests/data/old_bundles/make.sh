#!/usr/bin/env bash
# Writes a bundle in format 1 with the code of the last commit before format 2, and the
# coordinator's data folder it is addressed to (blues.sqlite and keys/, as
# coordinator.tar.xz), into tests/data/old_bundles/.
#
#   tests/data/old_bundles/make.sh COMMIT
#
# In temporary folders (never a user's): the coordinator (BPT) is set up, the partner
# (ZIN) gets a tiny demo (scale 0.004), the two exchange office cards, and ZIN writes
# its first bundle.
set -euo pipefail
commit=$1
here="$(cd "$(dirname "$0")" && pwd)"
source "$here/../old_code.sh"
use_old_code "$commit"
blues --data-dir "$scratch/bpt" init --office BPT --name "Jörg Köhler" >/dev/null
blues --data-dir "$scratch/zin" demo --office ZIN --scale 0.004 --seed 874426 --name "Ana García" >/dev/null 2>&1
blues --data-dir "$scratch/bpt" keys export --out "$scratch/bpt.card" >/dev/null
blues --data-dir "$scratch/zin" keys export --out "$scratch/zin.card" >/dev/null
blues --data-dir "$scratch/zin" partners add "$scratch/bpt.card" >/dev/null
blues --data-dir "$scratch/bpt" partners add "$scratch/zin.card" >/dev/null
mkdir "$scratch/out"
blues --data-dir "$scratch/zin" bundle export --out "$scratch/out" >/dev/null
rm -f "$here"/*.blues
cp "$scratch"/out/*.blues "$here/"
pack_data_folder "$scratch/bpt" "$here/coordinator.tar.xz"
ls -l "$here"
