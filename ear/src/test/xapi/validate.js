// Reads a JSON array of xAPI statements on stdin; prints every statement's warnings from Learning
// Locker's validator as JSON and exits 1 when any statement is invalid.
const validate = require('xapi-validation').default;
let input = '';
process.stdin.setEncoding('utf8');
process.stdin.on('data', chunk => { input += chunk; });
process.stdin.on('end', () => {
  const statements = JSON.parse(input);
  const invalid = [];
  statements.forEach((statement, index) => {
    const warnings = validate(statement);
    if (warnings.length > 0) {
      invalid.push({ index, id: statement.id, warnings: warnings.map(w => ({ path: w.path, message: w.message, data: w.data })) });
    }
  });
  process.stdout.write(JSON.stringify({ checked: statements.length, invalid }));
  process.exit(invalid.length === 0 ? 0 : 1);
});
