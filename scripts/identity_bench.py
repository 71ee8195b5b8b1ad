#!/usr/bin/env python3
"""Measures how people split into several nodes across a corpus.

Reads the JSON Lines of `diplograph extract` and groups Person entities into graph
nodes the way the graph store does: by the entity's `canonical` key when the extractor
gives one, else by "person:" + the slug of the name. A node's country is the value of its
first article (by date, then article key), as the store picks it. It prints how many
Person nodes share their surname and country with another Person node.

With a second extraction of the same corpus (--before), it also prints the merges:
the nodes of the first run that became one node in the second.

usage: identity_bench.py AFTER.jsonl [--before BEFORE.jsonl] [--merges N] [--sample N]
"""
import argparse
import collections
import json
import random
import re
import sys
import unicodedata


def fold(s):
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


def slug(s):
    out, dash = [], False
    for c in fold(s):
        if c.isalnum():
            if dash and out:
                out.append("-")
            dash = False
            out.append(c.lower())
        elif c in "'\u2019.":
            pass
        else:
            dash = True
    return "".join(out)


SUFFIX = {"jr", "sr", "ii", "iii", "iv"}


def surname(name):
    words = [w for w in re.split(r"[\s\-]+", fold(name).lower().replace(".", "")) if w]
    while len(words) > 1 and words[-1] in SUFFIX:
        words.pop()
    return words[-1] if words else ""


def nodes_of(path):
    """Returns {key: node} and [(article, name, key)] of every Person entity."""
    nodes, mentions = {}, []
    with open(path, encoding="utf-8") as f:
        for line in f:
            x = json.loads(line)
            art = x["article"]
            rank = (art.get("date") or "~") + " " + art["id"]
            for e in x.get("entities") or []:
                if e.get("type") != "Person":
                    continue
                key = e.get("canonical") or "person:" + slug(e["name"])
                n = nodes.setdefault(key, {"key": key, "names": collections.Counter(), "country": None,
                                           "name": None, "articles": set()})
                n["names"][e["name"]] += 1
                n["articles"].add(art["id"])
                name = e.get("canonical_name") or e["name"]
                if n["name"] is None or (rank, name) < n["name"]:
                    n["name"] = (rank, name)
                c = e.get("country") or ""
                if c and (n["country"] is None or (rank, c) < n["country"]):
                    n["country"] = (rank, c)
                mentions.append((art["id"], e["name"], key))
    for n in nodes.values():
        n["name"] = n["name"][1]
        n["country"] = n["country"][1] if n["country"] else ""
    return nodes, mentions


def split_nodes(nodes, with_country):
    groups = collections.defaultdict(list)
    for n in nodes.values():
        if with_country and not n["country"]:
            continue
        groups[(surname(n["name"]), n["country"])].append(n)
    return {k: v for k, v in groups.items() if len(v) > 1}


def report(label, nodes):
    for with_country in (True, False):
        g = split_nodes(nodes, with_country)
        count = sum(len(v) for v in g.values())
        what = "surname and country" if with_country else "surname and country (empty counts)"
        print(f"{label}: {len(nodes)} Person nodes; {count} share {what} with another, in {len(g)} groups")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("after")
    ap.add_argument("--before")
    ap.add_argument("--merges", type=int, default=40, help="rows of the merge table")
    ap.add_argument("--sample", type=int, default=0, help="random merges to print for a hand check")
    ap.add_argument("--groups", type=int, default=0, help="split groups left after, to print")
    args = ap.parse_args()
    after, amentions = nodes_of(args.after)
    if args.before:
        before, bmentions = nodes_of(args.before)
        report("before", before)
    report("after", after)
    if args.groups:
        g = split_nodes(after, True)
        for k, v in sorted(g.items(), key=lambda kv: -len(kv[1]))[: args.groups]:
            print("  split", k, [(n["key"], sum(n["names"].values())) for n in v])
    if not args.before:
        return
    # A merge: one node after that holds the mentions of several nodes before.
    bkey = {(a, name): k for a, name, k in bmentions}
    merged = collections.defaultdict(collections.Counter)
    for a, name, k in amentions:
        if (a, name) in bkey:
            merged[k][bkey[(a, name)]] += 1
    rows = [(k, c) for k, c in merged.items() if len(c) > 1]
    rows.sort(key=lambda r: -sum(r[1].values()))
    total = sum(len(c) - 1 for _, c in rows)
    print(f"\nmerges: {len(rows)} nodes after hold {sum(len(c) for _, c in rows)} nodes before ({total} fewer)")
    print("| node after | country | nodes before (mentions) |")
    print("| --- | --- | --- |")
    for k, c in rows[: args.merges]:
        parts = ", ".join(f"{b} ({n})" for b, n in c.most_common())
        print(f"| {k} | {after[k]['country']} | {parts} |")
    if args.sample:
        random.seed(10)
        pairs = [(k, b) for k, c in rows for b in c if b != k]
        print(f"\nrandom merges for a hand check ({min(args.sample, len(pairs))} of {len(pairs)}):")
        for k, b in random.sample(pairs, min(args.sample, len(pairs))):
            names = sorted(before[b]["names"]) if b in before else []
            arts = sorted(before[b]["articles"])[:2] if b in before else []
            print(f"  {b} -> {k}  names={names} articles={arts}")


if __name__ == "__main__":
    sys.exit(main())
