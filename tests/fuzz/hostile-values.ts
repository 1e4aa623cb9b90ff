/**
 * Values an attacker, a broken client or a careless paste sends where the hub
 * expects ordinary input. Every request of the fuzz suite puts some of these
 * into paths, query strings, form fields, JSON bodies and headers. Add here
 * whatever a probe or a bug report shows the hub did not survive.
 */

const emoji = '\u{1F600}'

/** Text fields: markup, query languages, control characters, odd Unicode, sizes. */
export const hostileText = [
  '',
  ' ',
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  "javascript:alert('x')",
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a template-injection probe, sent as plain text
  '{{7*7}}${7*7}<%= 7*7 %>',
  "' OR '1'='1",
  "'; DROP TABLE users; --",
  '" OR ""="',
  '1; SELECT pg_sleep(5)',
  '\\',
  '%',
  '%%',
  '_',
  '*',
  '"',
  "'",
  'NEAR(a b)',
  'a OR b AND NOT c',
  '"unterminated',
  '(((',
  ')',
  'title:x',
  '^a',
  '-',
  'a*b*',
  ':*',
  '&|!',
  '%00',
  '\u0000',
  'a\u0000b',
  '\u0001\u0002',
  '\r\nSet-Cookie: x=1',
  '\t\v\f',
  '\u202Egnp.exe',
  '\u200B\u200D\uFEFF',
  '\uD800',
  '\uFFFF',
  'é'.normalize('NFD'),
  'ﷺ'.repeat(40),
  emoji.repeat(61),
  emoji.repeat(200),
  '👨‍👩‍👧‍👦'.repeat(30),
  'a'.repeat(121),
  'a'.repeat(201),
  'a'.repeat(255),
  'x'.repeat(5001),
  'y'.repeat(70_000),
  '../../../../etc/passwd',
  '..%2F..%2Fetc%2Fpasswd',
  '/admin',
  'http://evil.example/',
  '//evil.example',
  '__proto__',
  'constructor',
  'toString',
  'hasOwnProperty',
  '[object Object]',
  'undefined',
  'null',
  'true',
  '[]',
  '{}',
  '{"$gt":""}',
  'A\u030A'.repeat(50),
]

/** Where a number is expected: ids, pages, limits, years, populations. */
export const hostileNumbers = [
  '0', '-1', '1.5', '-0', '+1', '01', '1e3', '1e309', '-1e309', 'Infinity', '-Infinity', 'NaN',
  '99999999999999999999999', '9007199254740993', '2147483648', '0x10', '0b11', '0o7', '1_000', '１２', '٣', '1,2', '1 2', ' 1', 'abc', '',
]

/** Where a date is expected. */
export const hostileDates = ['notadate', '2024-13-45', '2024-02-30T25:61:61Z', '0000-00-00', '-271821-04-20', '+275760-09-14', '1e309', '9999999999999999', '2024-01-01T00:00:00+99:99']

/** Where one value from a fixed list is expected (facets, types, languages, countries, sort orders). */
export const hostileEnums = ['foo', 'ZZ', 'zz', 'Zz', 'EN', 'en-US', 'x', '0x10', 'type.foo', 'relevance;', 'constructor', '__proto__', 'toString', 'case-study ', 'CASE-STUDY', 'city\u0000']

/** Where an id or a slug sits in a path. */
export const hostileIds = ['abc', '%00', '1.5', '-1', '0', '99999999999999999999999', '1e309', 'NaN', '%2e%2e', '..', '%2F', 'a%2Fb', '%25', '%E0%A4%A', '%C0%AE', '%F0%9F%98%80', 'x'.repeat(300), 'index.php', '.env', 'null', 'undefined', '%3Cscript%3E']

/** Query strings that are not a set of scalars: arrays, objects, repeats, stray separators. */
export const hostileQueryShapes = (name: string) => [
  `${name}[]=1&${name}[]=2`,
  `${name}=a&${name}=b`,
  `${name}[b]=c`,
  `${name}[__proto__][x]=1`,
  `${name}`,
  `${name}=`,
  `${name}==`,
  `${name}=%`,
  `${name}=%zz`,
  `${name}=%E0%A4%A`,
  `&&${name}=1&&`,
  `${name}[a][b][c][d][e][f]=1`,
]

/** Every value of the lists above, for a field whose meaning is unknown. */
export const anyHostileValue = [...hostileText, ...hostileNumbers, ...hostileDates, ...hostileEnums]

/** Header values that proxies, crawlers and attackers send. */
export const hostileHeaders: Record<string, string>[] = [
  { 'accept-language': 'zz, *;q=0.1, ar;q=abc' },
  { 'accept-language': 'x'.repeat(3000) },
  { 'accept-language': '*' },
  { cookie: 'payload-token=abc' },
  { cookie: 'payload-token=eyJhbGciOiJub25lIn0.eyJpZCI6MX0.' },
  { cookie: 'hub_form=%00; payload-token=%E0%A4%A' },
  { cookie: `hub_form=${'a'.repeat(4000)}` },
  { 'x-forwarded-for': 'spoofed, 127.0.0.1' },
  { 'x-forwarded-for': '999.999.999.999' },
  { 'if-none-match': '"*"' },
  { 'if-modified-since': 'notadate' },
  { 'accept-encoding': 'br;q=abc, gzip;q=-1, *' },
  { accept: 'application/json' },
  { range: 'bytes=999999-1' },
  { origin: 'http://evil.example' },
]
