#!/usr/bin/env bash
# The score lines of the labelled notes in test/eval/ (README there), from the project root after a build.
set -uo pipefail
shared=../shared
for d in test/eval/bbc-*/; do
  out=$(mktemp)
  node bin/grounded check --no-cache --sources "$shared/corpora/bbc-news" --format json "$d/notes.md" > "$out" 2>/dev/null
  printf '%s ' "$(basename "$d")"
  python3 "$shared/eval-dev/score.py" "$d/expect.tsv" "$out" notes.md | tail -n1
  rm -f "$out"
done
