import type { Rule } from '../types.js';
import { isPlaceholder } from '../placeholders.js';
import { inPythonDocstring } from './context.js';
import { isLiteralValue } from './literal.js';

export const cavraLicenseKey: Rule = {
  id: 'cavra-license-key',
  description: 'CAVRA-style product license key (CAVRA-<EDITION>-XXXXX-XXXXX-...)',
  severity: 'critical',
  category: 'license-key',
  keywords: ['cavra-'],
  pattern: /(?<![A-Za-z0-9-])(?<secret>CAVRA-(?:[A-Z]+-)?[A-Z0-9]{4,8}(?:-[A-Z0-9]{4,8}){2,6})(?![A-Za-z0-9-])/g,
  // A key mixes letters and digits in its groups; product names such as CAVRA-ENTERPRISE-TRIAL-EDITION do not.
  validate: (value) => value.split('-').slice(1).some((g) => /\d/.test(g) && /[A-Z]/.test(g)),
};

export const licenseKeyAssignment: Rule = {
  id: 'license-key-assignment',
  description: 'license_key / licenseKey / LICENSE_KEY assigned a literal value',
  severity: 'critical',
  category: 'license-key',
  keywords: ['license_key', 'licensekey', 'license-key'],
  // Starts at the keyword (a prefix such as CAVRA_ need not be matched), so it runs only there.
  pattern: /license[_-]?key["']?[ \t]*[:=][ \t]*["']?(?<secret>[A-Za-z0-9][A-Za-z0-9._+/=-]{7,})["']?/gi,
  // Not code (`self.license_key = self.module.params.get('license_key')`) nor a documentation example.
  validate: (value, ctx) =>
    !isPlaceholder(value) && !/_REF$/.test(value) && !/^(?:true|false|null|none|required|optional|redacted)$/i.test(value) && isLiteralValue(value, ctx) && !inPythonDocstring(ctx),
};
