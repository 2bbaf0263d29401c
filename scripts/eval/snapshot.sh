#!/usr/bin/env bash
# Verdict snapshot: the CLI's JSON on both development sets and the example workspace, and the
# AVeriTeC summary, written to DIR. A refactoring that must not change behaviour diffs two
# snapshots: `bash scripts/eval/snapshot.sh /tmp/before` … `bash scripts/eval/snapshot.sh /tmp/after`
# then `diff -r /tmp/before /tmp/after`. Run from the project root after `npm run build`.
set -uo pipefail
out=${1:?usage: snapshot.sh DIR}
mkdir -p "$out"
shared=../shared
strip() { sed -E 's/"(path|source)": "[^"]*\/([^"/]+)"/"\1": "\2"/g; s/in [0-9]+ ms/in N ms/g; s/"ms": [0-9.]+/"ms": 0/g'; }
node bin/grounded check --sources "$shared/seeds" --format json "$shared/eval-dev/notes.md" | strip > "$out/seeds.json"
node bin/grounded check --sources "$shared/corpora/bbc-news" --format json "$shared/eval-dev/bbc/notes.md" | strip > "$out/bbc.json"
(cd examples && node ../bin/grounded check --format json notes) | strip > "$out/examples.json"
python3 "$shared/eval-dev/score.py" "$shared/eval-dev/expect.tsv" "$out/seeds.json" notes.md > "$out/seeds.score" 2>&1
python3 "$shared/eval-dev/score.py" "$shared/eval-dev/bbc/expect.tsv" "$out/bbc.json" notes.md > "$out/bbc.score" 2>&1
npx tsx scripts/eval/figures-dump.ts "$shared/corpora/bbc-news" > "$out/bbc-figures.tsv"
npx tsx scripts/eval/averitec.ts --show 400 > "$out/averitec.txt" 2>&1
tail -n1 "$out/seeds.score" "$out/bbc.score"; grep -E 'precision|false-alarm' "$out/averitec.txt"
