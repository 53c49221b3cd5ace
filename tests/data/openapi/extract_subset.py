#!/usr/bin/env python3
"""Vendors the part of the VB365 OpenAPI documents (v6, v7, v8) that the dialect tests validate against.

Usage: python3 extract_subset.py [SOURCE_DIR]   (default: /work/shared/reference/openapi)
Writes vb365_rest_v{6,7,8}_subset.json next to this script: the `paths` the explorer uses (token, service
instance, organizations, explore, restore sessions, Exchange and OneDrive browse and actions) and every
schema they reference, transitively. Nothing is edited; keys are written sorted so diffs stay small.
"""
import json
import os
import re
import sys

SOURCE = sys.argv[1] if len(sys.argv) > 1 else "/work/shared/reference/openapi"
HERE = os.path.dirname(os.path.abspath(__file__))

WANTED = re.compile(
    r"^/v\d/(token|ServiceInstance|Organizations(/\{organizationId\}(/explore)?)?"
    r"|RestoreSessions(/\{restoreSessionId\}(/(Stop|Statistics|Events(/\{eventId\})?|organization(/exportToPst)?"
    r"|organization/mailboxes.*|Organization/OneDrives.*))?)?)$")
UNWANTED = re.compile(r"(search|operatorRestore|Attachments)", re.IGNORECASE)


def refs(node, found):
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith("#/components/schemas/"):
            found.add(ref.rsplit("/", 1)[1])
        for value in node.values():
            refs(value, found)
    elif isinstance(node, list):
        for value in node:
            refs(value, found)


def subset(version):
    with open(os.path.join(SOURCE, f"vb365_rest_v{version}.json"), encoding="utf-8") as f:
        document = json.load(f)
    paths = {p: ops for p, ops in document["paths"].items() if WANTED.match(p) and not UNWANTED.search(p)}
    schemas = document["components"]["schemas"]
    needed, queue = set(), set()
    refs(paths, queue)
    while queue:
        name = queue.pop()
        if name in needed:
            continue
        needed.add(name)
        refs(schemas[name], queue)
    return {
        "openapi": document["openapi"],
        "info": document["info"],
        "x-vendored": f"subset of vb365_rest_v{version}.json made by extract_subset.py; see NOTICE",
        "paths": paths,
        "components": {"schemas": {name: schemas[name] for name in sorted(needed)}},
    }


for v in (6, 7, 8):
    out = os.path.join(HERE, f"vb365_rest_v{v}_subset.json")
    data = subset(v)
    with open(out, "w", encoding="utf-8") as f:
        json.dump(data, f, indent=1, sort_keys=True, ensure_ascii=False)
        f.write("\n")
    print(out, len(data["paths"]), "paths", len(data["components"]["schemas"]), "schemas")
