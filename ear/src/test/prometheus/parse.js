// Reads Prometheus text exposition on stdin and prints it as prom2json-style JSON (one array of
// metric families); exits 1 naming the line it cannot read. Used by HealthAndMetricsIT.
const parse = require('parse-prometheus-text-format');
let text = '';
process.stdin.setEncoding('utf8');
process.stdin.on('data', chunk => { text += chunk; });
process.stdin.on('end', () => {
  try {
    process.stdout.write(JSON.stringify(parse(text)));
  } catch (e) {
    process.stdout.write(JSON.stringify({ error: String(e && e.message || e) }));
    process.exitCode = 1;
  }
});
