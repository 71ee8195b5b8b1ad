#!/usr/bin/env bash
# Prints, as one CoNLL-U file, the documents of UD English GUM that come from Wikimedia
# projects (Wikinews news and interviews, Wikinews biographies, Wikivoyage): the part of
# GUM under CC BY 4.0, which the parser trains on beside EWT.
#
# Usage: scripts/gum-wikimedia.sh PATH_TO_UD_English-GUM > gum-wikimedia.conllu
#
# PATH is a clone of https://github.com/UniversalDependencies/UD_English-GUM; the model in
# extract/syntax/model was trained from commit afb41ee9bca57991125814fa04d96a0e61470c8b.
# The documents are read from its not-to-release/sources folder, in name order.
set -euo pipefail
[ $# -eq 1 ] || { echo "usage: $0 PATH_TO_UD_English-GUM" >&2; exit 2; }
src=$1/not-to-release/sources
[ -d "$src" ] || { echo "$0: $src: no such folder (not a clone of UD_English-GUM?)" >&2; exit 1; }
found=0
for f in "$src"/GUM_bio_*.conllu "$src"/GUM_interview_*.conllu "$src"/GUM_news_*.conllu "$src"/GUM_voyage_*.conllu; do
  [ -f "$f" ] || continue
  cat "$f"
  found=$((found + 1))
done
[ "$found" -gt 0 ] || { echo "$0: no Wikimedia documents under $src" >&2; exit 1; }
echo "$0: $found documents" >&2
