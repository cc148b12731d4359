#!/usr/bin/env python3
"""Where the server's request threads ("default task-N") waited, from a Java Flight Recording:
   jfr-waits.py recording.jfr [N]
For lock waits (monitor enter, park) and socket reads: total time and the first application or
framework frame under the wait, biggest first."""
import collections, json, subprocess, sys

path, top = sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 8
KEYS = ("nl/weerbaar", "org/primefaces", "com/sun/faces", "org/eclipse/persistence", "org/jboss/weld", "io/undertow",
        "org/wildfly/security", "org/jboss/as", "org/jberet", "org/postgresql", "org/jboss/jca")

def duration(text):
    # JSON durations look like "PT0.012345S"
    return float(text[2:-1]) if text.startswith("PT") and text.endswith("S") and "M" not in text else 0.0

for event in ("jdk.JavaMonitorEnter", "jdk.ThreadPark", "jdk.SocketRead"):
    out = subprocess.run(["jfr", "print", "--json", "--stack-depth", "96", "--events", event, path],
                         check=True, capture_output=True, text=True).stdout
    waits, count, total = collections.Counter(), collections.Counter(), 0.0
    for e in json.loads(out)["recording"]["events"]:
        v = e["values"]
        if not ((v.get("eventThread") or {}).get("javaName") or "").startswith("default task"):
            continue
        frames = (v.get("stackTrace") or {}).get("frames") or []
        names = [f["method"]["type"]["name"] + "." + f["method"]["name"] for f in frames]
        if any("PBKDF2" in n for n in names):
            continue  # the logins, not the page
        if not any(n.startswith(KEYS) for n in names):
            continue  # an idle pool thread waiting for work
        # The application's own frame nearest the wait, else the nearest framework frame beyond the driver.
        where = next((n for n in names if n.startswith(("nl/weerbaar", "org/jberet"))),
                     next((n for n in names if n.startswith(KEYS) and not n.startswith(("org/postgresql", "org/jboss/jca",
                          "org/eclipse/persistence"))), names[0]))
        d = duration(v["duration"])
        waits[where] += d
        count[where] += 1
        total += d
    print(f"-- {event}: {total:.1f} s on request threads")
    for w, d in waits.most_common(top):
        print(f"{d:7.1f} s  {count[w]:5d}x  {w}")
