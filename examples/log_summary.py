"""Summarises a service log (data/app.log) with `re`, and prints the summary as JSON."""
import json
import os
import re

LINE = re.compile(
    r"^(?P<ts>\d{4}-\d\d-\d\dT(?P<hm>\d\d:\d\d):\d\dZ)\s+(?P<level>[A-Z]+)\s+(?P<source>\w+)\s+(?P<rest>.*)$"
)
REQUEST = re.compile(r"(?P<method>GET|POST|PUT|DELETE) (?P<path>/\S*) (?P<status>\d{3}) (?P<ms>\d+)ms")
FIELD = re.compile(r'(\w+)=("[^"]*"|\S+)')


def route(path):
    # /users/42 -> /users/:id
    return re.sub(r"/\d+(?=/|$)", "/:id", path)


def summarise(lines):
    summary = {"levels": {}, "routes": {}, "errors": [], "users": {}, "skipped": 0}
    for n, line in enumerate(lines, 1):
        m = LINE.match(line.rstrip("\n"))
        if not m:
            summary["skipped"] += 1
            continue
        level = m["level"]
        summary["levels"][level] = summary["levels"].get(level, 0) + 1
        fields = {k: v.strip('"') for k, v in FIELD.findall(m["rest"])}
        req = REQUEST.search(m["rest"])
        if req:
            r = summary["routes"].setdefault(
                f"{req['method']} {route(req['path'])}", {"count": 0, "ms": 0, "statuses": []}
            )
            r["count"] += 1
            r["ms"] += int(req["ms"])
            if req["status"] not in r["statuses"]:
                r["statuses"].append(req["status"])
        if "user" in fields:
            summary["users"][fields["user"]] = summary["users"].get(fields["user"], 0) + 1
        if level == "ERROR":
            summary["errors"].append({"line": n, "at": m["hm"], "source": m["source"], "err": fields.get("err")})
    for r in summary["routes"].values():
        r["avg_ms"] = round(r["ms"] / r["count"], 1)
        r["statuses"].sort()
    return summary


path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "data", "app.log")
with open(path) as f:
    summary = summarise(f)
print(json.dumps(summary, indent=2, sort_keys=True))
busiest = max(summary["routes"].items(), key=lambda kv: (kv[1]["count"], kv[0]))
print("busiest route:", busiest[0], json.dumps(busiest[1], separators=(",", ":"), sort_keys=True))
print("round trip:", json.loads(json.dumps(summary)) == summary)
