#!/usr/bin/env python3
"""Builds the identity benchmark's corpus of real news from a public dataset.

The dataset is the AllSides corpus of "We Can Detect Your Bias" (Baly et al., EMNLP
2020): github.com/ramybaly/Article-Bias-Prediction, commit
ced8111a720948e6a410e52031ace99c4e53f096, Apache License 2.0; 37,554 articles of US and
world news sites, one JSON file each under data/jsons/. The benchmark takes the articles
dated 2015-01-01 to 2020-12-31 whose topic is international affairs (TOPICS below),
3,280 articles, and writes them as the JSON Lines `diplograph extract` reads:
{"id", "title", "date", "url", "body"}, sorted by id. The texts are never committed.

usage: identity_corpus.py REPO > corpus.jsonl

REPO is a clone of the dataset's repository (a work tree or a bare git directory); the
files are read at the commit above with git, so the corpus is the same from any clone.

Then:
  diplograph extract corpus.jsonl > after.jsonl
  identity_bench.py after.jsonl --before before.jsonl --groups 50 --sample 50
"""
import json
import subprocess
import sys

COMMIT = "ced8111a720948e6a410e52031ace99c4e53f096"
TOPICS = {
    "world", "middle_east", "foreign_policy", "national_security", "terrorism", "north_korea",
    "russia", "state_department", "great_britain", "china", "isis", "europe", "israel",
    "mexico", "asia", "palestine", "africa", "south_korea", "nuclear_weapons", "trade",
    "defense", "national_defense", "us_military", "cia",
}
FIRST, LAST = "2015-01-01", "2020-12-31"


def blobs(repo):
    """Yields the parsed JSON of every article file of the dataset at COMMIT."""
    tree = subprocess.run(["git", "-C", repo, "ls-tree", COMMIT, "data/jsons/"],
                          check=True, capture_output=True, text=True).stdout
    shas = [line.split()[2] for line in tree.splitlines() if line.endswith(".json")]
    out = subprocess.run(["git", "-C", repo, "cat-file", "--batch"], check=True,
                         input=("\n".join(shas) + "\n").encode(), capture_output=True).stdout
    i = 0
    while i < len(out):
        nl = out.index(b"\n", i)
        size = int(out[i:nl].split()[2])
        yield json.loads(out[nl + 1:nl + 1 + size])
        i = nl + 1 + size + 1


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    rows = []
    for x in blobs(sys.argv[1]):
        if x.get("topic") not in TOPICS or not FIRST <= (x.get("date") or "") <= LAST:
            continue
        body = (x.get("content_original") or "").strip()
        if not body:
            continue
        rows.append({"id": "abp-" + x["ID"], "title": x.get("title") or "", "date": x["date"],
                     "url": x.get("url") or "", "body": body})
    rows.sort(key=lambda r: r["id"])
    for r in rows:
        print(json.dumps(r, ensure_ascii=False))
    print(f"{len(rows)} articles", file=sys.stderr)


if __name__ == "__main__":
    main()
