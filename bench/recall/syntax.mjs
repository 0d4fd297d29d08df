// How an assignment of a value to a name is written in each file format people commit, with the
// ordinary settings around it. A name is given as words (['db', 'password']) and spelled the
// way each language spells it.

const upper = (w) => w.join('_').toUpperCase();
const snake = (w) => w.join('_').toLowerCase();
const camel = (w) => w.map((x, i) => (i ? x[0].toUpperCase() + x.slice(1) : x)).join('');
const dotted = (w) => w.join('.').toLowerCase();

/** Unlabelled neighbours: settings that are not secrets, in each format's own spelling. */
const NEIGHBOURS = [
  [['log', 'level'], 'info'], [['port'], '8080'], [['region'], 'eu-west-1'], [['timeout', 'seconds'], '30'],
  [['app', 'name'], 'billing-service'], [['debug'], 'false'], [['cache', 'ttl'], '600'], [['db', 'host'], 'db.internal'],
  [['db', 'name'], 'orders'], [['db', 'user'], 'app'], [['feature', 'flags'], 'search,export'], [['max', 'connections'], '20'],
];

export const SYNTAXES = {
  env: { file: (s) => `${s}/.env`, assign: (w, v) => `${upper(w)}=${v}`, head: ['# local settings'], tail: [] },
  shell: { file: (s) => `${s}/scripts/deploy.sh`, assign: (w, v) => `export ${upper(w)}="${v}"`, head: ['#!/usr/bin/env bash', 'set -euo pipefail'], tail: ['./bin/migrate --env production'] },
  yaml: { file: (s) => `${s}/config/application.yml`, assign: (w, v) => `  ${snake(w)}: "${v}"`, head: ['# service configuration', 'service:'], tail: ['logging:', '  format: json'] },
  json: { file: (s) => `${s}/config/settings.json`, assign: (w, v) => `  "${camel(w)}": "${v}",`, head: ['{'], tail: ['  "schemaVersion": 2', '}'] },
  ini: { file: (s) => `${s}/conf/app.ini`, assign: (w, v) => `${snake(w)} = ${v}`, head: ['; application settings', '[main]'], tail: ['[paths]', 'data = /var/lib/app'] },
  toml: { file: (s) => `${s}/config.toml`, assign: (w, v) => `${snake(w)} = "${v}"`, head: ['# app config', '[server]'], tail: ['[paths]', 'data = "/var/lib/app"'] },
  python: { file: (s) => `${s}/app/config.py`, assign: (w, v) => `${upper(w)} = "${v}"`, head: ['import os', '', '# settings'], tail: ['', 'def dsn():', '    return f"postgresql://{DB_HOST}/{DB_NAME}"'] },
  js: { file: (s) => `${s}/src/config.js`, assign: (w, v) => `  ${camel(w)}: '${v}',`, head: ["'use strict';", '', 'module.exports = {'], tail: ['};'] },
  go: { file: (s) => `${s}/internal/config/config.go`, assign: (w, v) => `\t${camel(w)} = "${v}"`, head: ['package config', '', 'import "os"', '', 'var ('], tail: [')', '', 'func Load() {}'] },
  php: { file: (s) => `${s}/config/app.php`, assign: (w, v) => `    '${snake(w)}' => '${v}',`, head: ['<?php', '', 'return ['], tail: ['];'] },
  ruby: { file: (s) => `${s}/config/initializers/settings.rb`, assign: (w, v) => `  config.${snake(w)} = "${v}"`, head: ['# frozen_string_literal: true', '', 'Settings.configure do |config|'], tail: ['end'] },
  properties: { file: (s) => `${s}/src/main/resources/application.properties`, assign: (w, v) => `${dotted(w)}=${v}`, head: ['# Spring Boot settings'], tail: ['management.endpoints.web.exposure.include=health'] },
  xml: { file: (s) => `${s}/conf/app-config.xml`, assign: (w, v) => `  <${camel(w)}>${v}</${camel(w)}>`, head: ['<?xml version="1.0" encoding="UTF-8"?>', '<configuration>'], tail: ['</configuration>'] },
};

export const FORMATS = Object.keys(SYNTAXES);

/** Neighbour lines in the syntax, `n` of them. */
export function neighbours(g, format, n) {
  const s = SYNTAXES[format];
  return Array.from({ length: n }, () => { const [w, v] = g.pick(NEIGHBOURS); return s.assign(w, v); });
}

/** How each syntax reads a value from the environment or calls for it: never a credential. */
export const LOOKUPS = {
  env: (w) => `\${${upper(w)}}`,
  shell: (w) => `$(vault kv get -field=${snake(w)} secret/app)`,
  yaml: (w) => `\${${upper(w)}}`,
  json: (w) => `{{ ${snake(w)} }}`,
  ini: (w) => `%(${snake(w)})s`,
  toml: (w) => `\${${upper(w)}}`,
  python: (w) => `os.environ["${upper(w)}"]`,
  js: (w) => `process.env.${upper(w)}`,
  go: (w) => `os.Getenv("${upper(w)}")`,
  php: (w) => `getenv('${upper(w)}')`,
  ruby: (w) => `ENV.fetch("${upper(w)}")`,
  properties: (w) => `\${${upper(w)}}`,
  xml: (w) => `\${env.${upper(w)}}`,
};

/** An assignment of a lookup, written without the quotes a literal would get where the syntax has code. */
export function assignLookup(format, w) {
  const v = LOOKUPS[format](w);
  const code = { python: `${upper(w)} = ${v}`, js: `  ${camel(w)}: ${v},`, go: `\t${camel(w)} = ${v}`, php: `    '${snake(w)}' => ${v},`, ruby: `  config.${snake(w)} = ${v}` };
  return { line: code[format] ?? SYNTAXES[format].assign(w, v), value: v };
}
