#!/usr/bin/env python3
"""Top frames of a Java Flight Recording, counting only the server's request threads ("default task-N").
   jfr-top.py recording.jfr [N]   (needs the JDK's jfr tool on PATH)
Prints the top self frames and the top inclusive methods of the application and its libraries."""
import collections, json, subprocess, sys

path, top = sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 15
out = subprocess.run(["jfr", "print", "--json", "--stack-depth", "64", "--events", "jdk.ExecutionSample", path],
                     check=True, capture_output=True, text=True).stdout
events = json.loads(out)["recording"]["events"]
own, inclusive, total = collections.Counter(), collections.Counter(), 0
for e in events:
    thread = (e["values"].get("sampledThread") or {}).get("javaName") or ""
    if not thread.startswith("default task"):
        continue
    frames = e["values"]["stackTrace"]["frames"] if e["values"].get("stackTrace") else []
    if not frames:
        continue
    name = lambda f: f["method"]["type"]["name"] + "." + f["method"]["name"]
    if any("PBKDF2" in name(f) for f in frames):
        continue  # the logins, not the pages
    total += 1
    own[name(frames[0])] += 1
    for m in {name(f) for f in frames}:
        inclusive[m] += 1
print(f"{total} samples on request threads")
print("-- top self frames")
for m, n in own.most_common(top):
    print(f"{100 * n / total:5.1f}%  {m}")
print("-- top inclusive (application and framework entry points)")
keys = ("nl/weerbaar", "org/primefaces", "com/sun/faces", "org/eclipse/persistence", "org/postgresql", "org/jboss/weld",
        "io/undertow", "org/wildfly/security", "org/jboss/as/ejb3", "nl.weerbaar", "org.primefaces", "com.sun.faces", "org.eclipse.persistence", "org.postgresql", "org.jboss.weld",
        "io.undertow", "org.wildfly.security", "org.jboss.as.ejb3")
shown = [(m, n) for m, n in inclusive.most_common() if m.startswith(keys) and "$$Lambda" not in m]
for m, n in shown[:top * 2]:
    print(f"{100 * n / total:5.1f}%  {m}")
