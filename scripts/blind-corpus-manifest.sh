#!/usr/bin/env bash
# Rewrites blind-corpus/MANIFEST.sha256 from the files under blind-corpus/corpus/. Run it when a layout is added;
# a change to an existing file must also be logged in blind-corpus/CHANGES.md with its reason (never to make a
# layout pass: a layout that fails is a finding about the reader).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../blind-corpus"
{
  echo "# sha256 of every file of the blind corpus; BlindCorpusTest checks it. Rewritten by scripts/blind-corpus-manifest.sh"
  find corpus -type f -print0 | LC_ALL=C sort -z | xargs -0 sha256sum
} > MANIFEST.sha256
echo "$(grep -vc '^#' MANIFEST.sha256) files in blind-corpus/MANIFEST.sha256"
