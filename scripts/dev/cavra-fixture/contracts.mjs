// Contracts of the CAVRA fixture, built from the facts sheet `shapes.md` (field paths, types,
// required flags, constants, vocabularies, patterns): one JSON Schema 2020-12 per contract and one
// example that validates against it. The values are ours; only the shapes come from the facts.

/** Parses every `### aispm-report-*.schema.json` table of shapes.md into rows. */
export function parseContracts(shapes) {
  const out = new Map();
  let current;
  for (const line of shapes.split('\n')) {
    const head = /^### (aispm-report-[a-z0-9-]+)\.schema\.json$/.exec(line);
    if (head) {
      current = [];
      out.set(head[1], current);
      continue;
    }
    if (line.startsWith('## ') || line.startsWith('### ')) current = undefined;
    if (!current || !line.startsWith('| `/')) continue;
    const cells = line.slice(2, -2).split(' | ').map((c) => c.trim());
    const [path, type, req, constraint] = [cells[0].replace(/`/g, ''), cells[1], cells[2], cells.slice(3).join(' | ')];
    current.push({ path, type, required: req === 'req', constraint });
  }
  return out;
}

/** Builds a schema tree from the rows: `[]` is an array's items. */
export function schemaFor(name, rows) {
  const root = { $schema: 'https://json-schema.org/draft/2020-12/schema', $id: `https://cavra.example/schemas/${name}.schema.json`, title: name, type: 'object', additionalProperties: false, properties: {}, required: [] };
  for (const row of rows) {
    const tokens = row.path.split('/').slice(1);
    let node = root;
    tokens.forEach((token, i) => {
      const last = i === tokens.length - 1;
      if (token === '[]') {
        node.type ??= 'array';
        node.items ??= {};
        node = node.items;
      } else {
        node.type ??= 'object';
        node.properties ??= {};
        node.additionalProperties = false;
        node.required ??= [];
        node.properties[token] ??= {};
        if (last && row.required && !node.required.includes(token)) node.required.push(token);
        node = node.properties[token];
      }
      if (last) applyRow(node, row);
    });
  }
  return root;
}

function applyRow(node, row) {
  if (row.type) node.type = row.type.includes('|') ? row.type.split('|') : row.type;
  const c = row.constraint;
  let m;
  if ((m = /^= `(.*)`$/.exec(c))) node.const = JSON.parse(m[1]);
  else if ((m = /^one of (.*)$/.exec(c))) node.enum = m[1].split('/');
  else if ((m = /^pattern `(.*)`$/.exec(c))) node.pattern = m[1];
  else if ((m = /^minItems (\d+)$/.exec(c))) node.minItems = Number(m[1]);
  else if (c === 'date-time') node.format = 'date-time';
}

const CYCLED = /(_id|_type)$|^(surface|role|phase|format|method)$/;

/** A value that validates against the schema: constants, first (or cycled) enum values, prefixes. */
export function exampleFor(schema, key = '', index = 0, when = '2026-06-12T13:00:00Z') {
  if ('const' in schema) return schema.const;
  if (schema.enum) return schema.enum[CYCLED.test(key) ? index % schema.enum.length : 0];
  const type = Array.isArray(schema.type) ? schema.type[0] : schema.type;
  if (type === 'object') {
    const out = {};
    for (const [k, sub] of Object.entries(schema.properties ?? {})) out[k] = exampleFor(sub, k, index, when);
    return out;
  }
  if (type === 'array') {
    const n = schema.minItems ?? 1;
    return Array.from({ length: n }, (_, i) => exampleFor(schema.items ?? { type: 'string' }, key.replace(/s$/, ''), i, when));
  }
  if (type === 'integer' || type === 'number') return 1;
  if (type === 'boolean') return /_included$/.test(key) ? false : true;
  if (schema.format === 'date-time' || /_at$/.test(key)) return when;
  const slug = key.replace(/_/g, '-') || 'item';
  if (schema.pattern?.endsWith('$')) return schema.pattern.slice(1, -1).replace(/\.\*/g, index === 0 ? 'SMTP_PASSWORD' : `SETTING_${index + 1}`).replace(/\\/g, '');
  if (schema.pattern) return schema.pattern.replace(/^\^/, '').replace(/\\/g, '') + `${slug}-${index + 1}`;
  if (/_refs?$/.test(key)) return `cavra://evidence/redacted/${slug}-${index + 1}`;
  return `${key.replace(/_/g, ' ') || 'item'} ${index + 1}`;
}
