#!/bin/sh
# Prints the example report (an article written for this project) to examples/sources/ with
# headless Chromium, as a person would with "Save as PDF": Chromium's own page header (date,
# title) and footer (file address, page n/m) are kept, so the PDF has the running headers and
# footers that real printed pages carry. Run from the repository root; needs `chromium`.
set -e
out=examples/sources/005-calder-grid-review.pdf
chromium --headless --no-sandbox --disable-gpu --print-to-pdf="$out" "file://$PWD/scripts/examples/calder-grid-report.html" 2>/dev/null
echo "wrote $out ($(wc -c < "$out") bytes)"
# The Word fixture of the tests (test/fixtures/formats/halloway-moor.docx) is made by pandoc from
# scripts/examples/halloway-moor.md, a note written for this project:
#   pandoc scripts/examples/halloway-moor.md -o test/fixtures/formats/halloway-moor.docx
