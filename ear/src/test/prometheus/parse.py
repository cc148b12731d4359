"""Reads Prometheus text exposition on stdin with the Prometheus Python client's own parser (Debian's
python3-prometheus-client) and prints it as JSON: [{"name", "type", "samples": [{"name", "labels", "value"}]}].
Exits 1 with {"error"} on text it refuses. Used by HealthAndMetricsIT."""
import json
import math
import sys

from prometheus_client.parser import text_string_to_metric_families

try:
    families = [{"name": f.name, "type": f.type,
                 "samples": [{"name": s.name, "labels": s.labels,
                              "value": None if math.isnan(s.value) else s.value} for s in f.samples]}
                for f in text_string_to_metric_families(sys.stdin.read())]
except Exception as e:  # the parser's ValueError names the line
    print(json.dumps({"error": str(e)}))
    sys.exit(1)
print(json.dumps(families))
