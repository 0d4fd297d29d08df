import type { RuleSamples } from '../types.js';

export const SAMPLES: Record<string, RuleSamples> = {
  'ipv4-address': {
    positive: ['client_ip: 10.24.3.17', '"source": "34.120.7.201"', 'ssh ops@172.16.254.1', 'allow 52.14.7.9/32'],
    negative: ['// Speculated ECMAScript 6 Spec 11.8.6.1:', '* `x448` (OID 1.3.101.111)', 'DER.encodeObjectIdentifier("2.5.4.3")', 'host: "10.10.10.10.example.com"', 'd="m118.91 143.81-7.35-8.95 66.08-57.2.27.73-59"', " * address: '192.168.1.108',", '["100.64.0.0/10", "Shared Address Space"]', '* @example "192.0.0.10"', 'resolver.setServers(["8.8.8.8"])', '"v8":"12.9.202.28"', 'msFromTime: "https://262.ecma-international.org/5.1/#sec-15.9.1.10"', '  // 7.3.1.2', 'netmask 255.255.255.0', 'mask 0.255.0.255', 'client_ip: 192.0.2.10', '198.51.100.7', '203.0.113.44', 'bind 127.0.0.1', 'listen 0.0.0.0:8080', 'version 10.2.3.4', 'v1.2.3.4', 'oid 1.3.6.1.4.1.311', '999.1.1.1', 'sha 1.2.3.4.5', ' * ES6$24.2.4.21 - DataView', '@see https://datatracker.ietf.org/doc/html/rfc7231.html#section-7.1.1.1', '// Per 4.2.1.2, bump clockseq', '// in line with 4.4.3.2 2004 spec', "compareVersions('1.10.2.1',  '1.8.2.1.90')", 'const CMDS_IP = "169.254.170.2";'],
  },
  'ipv6-address': {
    positive: ['peer: 2600:1f18:4a3:6b00:9d1e:2c4f:8e7a:1b2c', 'client fe80::1c2d:3e4f:5a6b:7c8d%eth0', 'addr 2a00:1450:4001:81a::200e'],
    negative: ['"fe80::/10": "Link-Local"', "netmask: 'ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff'", 'address: "2606:2800:220:1:248:1893:25c8:1946"', '2001:db8::1', '2001:0db8:85a3::8a2e:0370:7334', '::1', 'at 12:30:45', 'mac 00:1a:2b:3c:4d:5e', 'std::vector', 'a::b'],
  },
};
