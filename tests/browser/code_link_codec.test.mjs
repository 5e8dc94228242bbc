// Node-level test of web/looplab_code_link.js's codec (no browser): its `code=` values are exactly base64url (RFC
// 4648 §5, no padding) of raw DEFLATE as zlib makes it, both ways; and every bad value gets its problem number.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import zlib from 'node:zlib';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { repo_root } from './harness.mjs';

// web/ is an ES-module package, so node imports the page's classic script as a module; it sets globalThis.
await import(pathToFileURL(path.join(repo_root, 'web/looplab_code_link.js')).href);
const codec = globalThis.looplabCodeLink;
const { problem } = codec;
const max_bytes = 1 << 20;  // src/app/text/code_link_text.h: max_script_bytes

export const code_of = (text) => zlib.deflateRawSync(Buffer.from(text, 'utf8')).toString('base64url');

const samples = ['print(1)\n', 'print("héllo → 世界 🐍")\n', 'x = 1\n'.repeat(5000), '\tif x:\n\t\tpass\r\n'];

test('a code made by zlib decodes to the same text, and the codec\'s own code inflates with zlib', async () => {
  for (const text of samples) {
    assert.deepEqual(await codec.decode_script(code_of(text), max_bytes), { problem: problem.none, text });
    const code = await codec.encode_script(text);
    assert.match(code, /^[A-Za-z0-9_-]+$/, 'base64url without padding');
    assert.equal(zlib.inflateRawSync(Buffer.from(code, 'base64url')).toString('utf8'), text);
  }
});

test('base64url: the RFC 4648 alphabet both ways, no padding, impossible lengths refused', () => {
  const bytes = Uint8Array.from([0xfb, 0xff, 0xbf, 0x00, 0x01]);
  assert.equal(codec.bytes_to_base64url(bytes), Buffer.from(bytes).toString('base64url'));
  assert.equal(codec.bytes_to_base64url(bytes), '-_-_AAE');
  assert.deepEqual(codec.base64url_to_bytes('-_-_AAE'), bytes);
  for (const bad of ['+/+/AAE', 'AAE=', 'A', 'AAAAA', 'ab cd', 'ab%20cd', 'é']) {
    assert.equal(codec.base64url_to_bytes(bad), null, bad);
  }
});

test('each bad code gets its own problem', async () => {
  const good = code_of('print("a fairly long line so that the compressed form has a few bytes")\n');
  const cases = [
    ['', problem.empty],
    ['not base64!', problem.not_base64url],
    ['AAE=', problem.not_base64url],
    [good.slice(0, good.length - 6), problem.damaged],                         // truncated
    ['AAAA' + good.slice(4), problem.damaged],                                   // forged start
    [Buffer.from([0xff, 0xfe, 0xfd, 0x00, 0x13]).toString('base64url'), problem.damaged],
    [zlib.deflateRawSync(Buffer.from([0x66, 0x6f, 0xff, 0xc3, 0x28])).toString('base64url'), problem.not_text],
    [zlib.deflateRawSync(Buffer.alloc(0)).toString('base64url'), problem.empty],
  ];
  for (const [code, expected] of cases) {
    assert.equal((await codec.decode_script(code, max_bytes)).problem, expected, JSON.stringify(code));
  }
});

test('an inflate bomb stops at the cap instead of inflating it all', async () => {
  const bomb = zlib.deflateRawSync(Buffer.alloc(64 << 20, 0x61), { level: 9 }).toString('base64url');
  assert.ok(bomb.length < 100000, `the bomb is a short link (${bomb.length} characters)`);
  const before = process.memoryUsage().arrayBuffers;
  assert.equal((await codec.decode_script(bomb, max_bytes)).problem, problem.too_big);
  assert.ok(process.memoryUsage().arrayBuffers - before < 32 << 20, 'far less than the 64 MB it would inflate to');
  const at_cap = code_of('#'.repeat(max_bytes));
  assert.equal((await codec.decode_script(at_cap, max_bytes)).problem, problem.none, 'exactly the cap is fine');
  assert.equal((await codec.decode_script(code_of('#'.repeat(max_bytes + 1)), max_bytes)).problem, problem.too_big);
});

test('a dropped file: text opens; binary, NUL bytes, empty and over 1 MB do not', async () => {
  const file = (bytes) => new Blob([bytes]);
  assert.deepEqual(await codec.read_text_file(file(Buffer.from('print(1)\n')), max_bytes),
                   { problem: problem.none, text: 'print(1)\n' });
  assert.equal((await codec.read_text_file(file(Buffer.from([0x89, 0x50, 0x4e, 0x47])), max_bytes)).problem,
               problem.not_text);
  assert.equal((await codec.read_text_file(file(Buffer.from('a\0b')), max_bytes)).problem, problem.not_text);
  assert.equal((await codec.read_text_file(file(Buffer.alloc(0)), max_bytes)).problem, problem.empty);
  assert.equal((await codec.read_text_file(file(Buffer.alloc(max_bytes + 1, 0x61)), max_bytes)).problem,
               problem.too_big);
});
