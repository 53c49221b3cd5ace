#!/usr/bin/env python3
"""Regenerates the seed corpora of the fuzz targets from a running vb365-emulator (not used by CI).

    build/dev/tests/emulator/vb365-emulator --api v5,v6,v7,v8 --port 0 &   # note the url: line
    python3 tests/fuzz/make_corpus.py http://127.0.0.1:PORT

Writes tests/fuzz/corpus/<target>/*: real replies of every list in every dialect (three rows per
page), token replies of each dialect, and single rows for the resource parsers.
"""
import json
import os
import sys
import urllib.parse
import urllib.request

BASE = sys.argv[1].rstrip("/")
HERE = os.path.dirname(os.path.abspath(__file__))
COLLECTIONS = ["Organizations", "RestoreSessions", "SessionEvents", "Mailboxes", "MailFolders", "MailItems",
               "OneDrives", "OneDriveFolders", "OneDriveDocuments", "DocumentVersions"]


def call(method, path, token=None, body=None, form=None):
    data, headers = None, {"Accept": "application/json"}
    if form is not None:
        data = urllib.parse.urlencode(form).encode()
        headers["Content-Type"] = "application/x-www-form-urlencoded"
    elif body is not None:
        data = json.dumps(body).encode()
        headers["Content-Type"] = "application/json"
    if token:
        headers["Authorization"] = "Bearer " + token
    request = urllib.request.Request(BASE + path, data=data, headers=headers, method=method)
    try:
        with urllib.request.urlopen(request) as reply:
            return reply.read()
    except urllib.error.HTTPError as error:
        return error.read()


def write(target, name, data):
    directory = os.path.join(HERE, "corpus", target)
    os.makedirs(directory, exist_ok=True)
    with open(os.path.join(directory, name), "wb") as f:
        f.write(data)


def results(raw):
    doc = json.loads(raw)
    return doc if isinstance(doc, list) else doc.get("results", [])


for index, version in enumerate(["v5", "v6", "v7", "v8"]):
    token_raw = call("POST", f"/{version}/Token", form={"grant_type": "password", "username": "helpdesk", "password": "demo"})
    write("fuzz_token", f"{version}_token.json", token_raw)
    token = json.loads(token_raw)["access_token"]
    write("fuzz_token", f"{version}_bad_grant.json",
          call("POST", f"/{version}/Token", form={"grant_type": "password", "username": "x", "password": "y"}))
    write("fuzz_token", f"{version}_unauthorized.json", call("GET", f"/{version}/Organizations"))

    def listed(collection, path):
        raw = call("GET", path, token)
        write("fuzz_pages", f"{version}_{collection}.json", bytes([COLLECTIONS.index(collection) * 4 + index]) + raw)
        rows = results(raw)
        if rows:
            write("fuzz_resources", f"{version}_{collection}_row.json", json.dumps(rows[0], indent=1).encode())
        return rows

    orgs = listed("Organizations", f"/{version}/Organizations")
    org = orgs[0]["id"]
    sessions = {}
    for kind in ["vex", "veod"]:
        if version == "v5":
            raw = call("POST", f"/v5/Organizations/{org}/Action", token, {"explore": {"type": kind}})
        else:
            raw = call("POST", f"/{version}/Organizations/{org}/explore", token, {"type": kind.capitalize()})
        write("fuzz_resources", f"{version}_{kind}_session.json", raw)
        sessions[kind] = json.loads(raw)["id"]
    listed("RestoreSessions", f"/{version}/RestoreSessions?limit=3")
    vex, veod = sessions["vex"], sessions["veod"]
    listed("SessionEvents", f"/{version}/RestoreSessions/{vex}/Events?limit=3")
    write("fuzz_resources", f"{version}_session_organization.json", call("GET", f"/{version}/RestoreSessions/{vex}/Organization", token))
    q = urllib.parse.quote
    mailbox = listed("Mailboxes", f"/{version}/RestoreSessions/{vex}/Organization/Mailboxes?limit=3")[0]["id"]
    folders = listed("MailFolders", f"/{version}/RestoreSessions/{vex}/Organization/Mailboxes/{q(mailbox, safe='')}/Folders?limit=3")
    by = "folderId" if version in ("v5", "v6") else "parentId"
    listed("MailItems", f"/{version}/RestoreSessions/{vex}/Organization/Mailboxes/{q(mailbox, safe='')}/Items?limit=3&{by}={q(folders[0]['id'], safe='')}")
    drive = listed("OneDrives", f"/{version}/RestoreSessions/{veod}/Organization/OneDrives?limit=3")[0]["id"]
    listed("OneDriveFolders", f"/{version}/RestoreSessions/{veod}/Organization/OneDrives/{q(drive, safe='')}/Folders?limit=3")
    documents = listed("OneDriveDocuments", f"/{version}/RestoreSessions/{veod}/Organization/OneDrives/{q(drive, safe='')}/Documents?limit=3")
    if version != "v5":
        doc = next(d for d in documents if not d.get("isFolder"))
        listed("DocumentVersions", f"/{version}/RestoreSessions/{veod}/Organization/OneDrives/{q(drive, safe='')}/Documents/{q(doc['id'], safe='')}/Versions?limit=3")

# Hand-written edge cases.
for name, data in {
    "rfc1123_dates.json": b'{"access_token":"a","refresh_token":"r","token_type":"bearer","expires_in":3599,".issued":"Mon, 23 Nov 2026 17:00:00 GMT",".expires":"Mon, 23 Nov 2026 18:00:00 GMT"}',
    "iso_dates.json": b'{"access_token":"a","expires_in":"3600",".issued":"2026-11-23T17:00:00.1234567Z",".expires":"2026-11-23T18:00:00+01:00"}',
    "error_description.json": b'{"error":"invalid_grant","error_description":"The user name or password is incorrect."}',
}.items():
    write("fuzz_token", name, data)
for name, data in {
    "plain.bin": b"\x20Report 2026.docx",
    "fallback.bin": b"\x20\x00Mailbox.pst",
    "traversal.bin": b"\x00../../etc/passwd",
    "device.bin": b"\x05con.txt",
    "rtl_override.bin": "\x10invoice\u202egpj.exe".encode(),
    "cjk_long.bin": b"\x7f" + ("\u6587\u66f8" * 60 + ".xlsx").encode(),
    "disposition_ext.bin": b"\x90attachment; filename=\"fallback.zip\"; filename*=UTF-8''%E2%82%AC%20rates.zip",
    "disposition_plain.bin": b"\x81attachment; filename=\"a\\\"b.msg\"",
}.items():
    write("fuzz_filenames", name, data)
statistics = os.path.join(HERE, "..", "data", "seeds")
for entry in sorted(os.listdir(statistics)):
    if entry.endswith(".response.json"):
        with open(os.path.join(statistics, entry), "rb") as f:
            write("fuzz_resources", "seed_" + entry, f.read())
write("fuzz_resources", "restore_statistics.json", json.dumps({
    "itemsCount": 10, "createdItemsCount": 7, "mergedItemsCount": 1, "skippedItemsCount": 1, "failedItemsCount": 1,
    "restoreIssues": [{"itemId": "x", "title": "Item", "message": "Access denied"}]}).encode())
write("fuzz_resources", "restore_log_line.json", json.dumps({
    "started": "2026-11-23T17:00:00Z", "finished": "2026-11-23T17:01:00Z", "user": "helpdesk", "server": "https://vbo:4443",
    "action": "restoreToOriginal", "target": "mail item x", "options": {"credentials.password": "***"},
    "outcome": "success", "counters": {"created": 1}, "message": "=cmd|' /C calc'!A0"}).encode())
print("corpus written to", os.path.join(HERE, "corpus"))
