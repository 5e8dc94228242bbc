// looplab_code_link.js — the Script view's `#code=` links and dropped files. A link's code is the base64url
// (RFC 4648 §5, no padding) of the raw DEFLATE (RFC 1951) of the script's UTF-8 text, made and read with the
// browser's CompressionStream / DecompressionStream('deflate-raw'). The codec is plain functions that node's tests
// import too; in the page, the glue below answers the app's requests through its exports
// (src/app/code_link_web_api.cpp).
'use strict';

(function (root) {
  // What went wrong, numbered as src/app/text/code_link_text.h's code_problem.
  const problem = { none: 0, not_base64url: 1, damaged: 2, too_big: 3, not_text: 4, empty: 5, unsupported: 6,
                    unreadable: 7 };

  function bytes_to_base64url(bytes) {
    let binary = '';
    for (let i = 0; i < bytes.length; i += 0x8000) {  // in slices: apply() takes a bounded number of arguments
      binary += String.fromCharCode.apply(null, bytes.subarray(i, i + 0x8000));
    }
    return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  }

  // The bytes of a base64url text, or null if it is not one (other characters, padding, or a length of 4k + 1).
  function base64url_to_bytes(text) {
    if (!/^[A-Za-z0-9_-]*$/.test(text) || text.length % 4 === 1) return null;
    const base64 = text.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - text.length % 4) % 4);
    const binary = atob(base64);
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; ++i) bytes[i] = binary.charCodeAt(i);
    return bytes;
  }

  // Runs bytes through a transform stream; stops reading (and cancels) once more than max_bytes came out.
  async function run_through(transform, bytes, max_bytes) {
    const writer = transform.writable.getWriter();
    writer.write(bytes).catch(() => {});  // errors surface on the reader too
    writer.close().catch(() => {});
    const reader = transform.readable.getReader();
    const chunks = [];
    let total = 0;
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      total += value.length;
      if (total > max_bytes) {
        reader.cancel().catch(() => {});
        return { too_big: true };
      }
      chunks.push(value);
    }
    const out = new Uint8Array(total);
    let at = 0;
    for (const chunk of chunks) { out.set(chunk, at); at += chunk.length; }
    return { bytes: out };
  }

  // UTF-8 text, or null for bytes that are not valid UTF-8.
  function utf8_text(bytes) {
    try { return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes); } catch (e) { return null; }
  }

  // A script's `code=` value.
  async function encode_script(text) {
    const { bytes } = await run_through(new CompressionStream('deflate-raw'), new TextEncoder().encode(text), Infinity);
    return bytes_to_base64url(bytes);
  }

  // A `code=` value's script: { problem: 0, text } or { problem: N } (inflating at most max_bytes).
  async function decode_script(code, max_bytes) {
    if (code.length === 0) return { problem: problem.empty };
    if (typeof DecompressionStream === 'undefined') return { problem: problem.unsupported };
    const bytes = base64url_to_bytes(code);
    if (bytes === null) return { problem: problem.not_base64url };
    let inflated;
    try {
      inflated = await run_through(new DecompressionStream('deflate-raw'), bytes, max_bytes);
    } catch (e) {
      return { problem: problem.damaged };
    }
    if (inflated.too_big) return { problem: problem.too_big };
    const text = utf8_text(inflated.bytes);
    if (text === null) return { problem: problem.not_text };
    if (text.length === 0) return { problem: problem.empty };
    return { problem: problem.none, text };
  }

  // A dropped file's text: { problem: 0, text } or { problem: N } (too big, not UTF-8 text or with NUL bytes).
  async function read_text_file(file, max_bytes) {
    if (file.size > max_bytes) return { problem: problem.too_big };
    let bytes;
    try { bytes = new Uint8Array(await file.arrayBuffer()); } catch (e) { return { problem: problem.unreadable }; }
    if (bytes.length === 0) return { problem: problem.empty };
    const text = utf8_text(bytes);
    if (text === null || bytes.includes(0)) return { problem: problem.not_text };
    return { problem: problem.none, text };
  }

  const codec = { problem, bytes_to_base64url, base64url_to_bytes, encode_script, decode_script, read_text_file };
  root.looplabCodeLink = codec;  // node's tests import this file and read globalThis.looplabCodeLink

  // -- the page's glue --
  if (typeof document === 'undefined' || !root.Module) return;
  const Module = root.Module;

  // Calls export(...leading, pointer, length) with text copied into wasm memory (freed afterwards).
  function with_text(exported, leading, text) {
    const size = Module.lengthBytesUTF8(text) + 1;
    const pointer = Module._malloc(size);
    Module.stringToUTF8(text, pointer, size);
    try { exported(...leading, pointer, size - 1); } finally { Module._free(pointer); }
  }

  Module.looplabDecodeCode = (request, code, max_bytes) => {
    decode_script(code, max_bytes).then((r) => {
      if (r.problem === problem.none) with_text(Module._looplab_code_decoded, [request], r.text);
      else Module._looplab_code_failed(request, r.problem);
    });
  };
  Module.looplabEncodeCode = (request, text) => {
    if (typeof CompressionStream === 'undefined') {
      setTimeout(() => Module._looplab_code_encode_failed(request), 0);
      return;
    }
    encode_script(text).then((code) => with_text(Module._looplab_code_encoded, [request], code),
                             () => Module._looplab_code_encode_failed(request));
  };

  // A file dropped anywhere on the page opens in the Script view (the first one, if several).
  const has_files = (event) => event.dataTransfer && Array.from(event.dataTransfer.types || []).includes('Files');
  document.addEventListener('dragover', (event) => {
    if (!has_files(event)) return;
    event.preventDefault();  // without it the browser would navigate to the file
    event.dataTransfer.dropEffect = 'copy';
  });
  // A file dropped or chosen in the picker: its text (or what is wrong with it) to the app.
  function open_file(file) {
    if (!file || !Module._looplab_dropped_file) return;
    read_text_file(file, Module._looplab_max_script_bytes()).then((r) => {
      const name_size = Module.lengthBytesUTF8(file.name) + 1;
      const name = Module._malloc(name_size);
      Module.stringToUTF8(file.name, name, name_size);
      try {
        if (r.problem === problem.none) with_text(Module._looplab_dropped_file, [name, 0], r.text);
        else Module._looplab_dropped_file(name, r.problem, 0, 0);
      } finally { Module._free(name); }
    });
  }
  document.addEventListener('drop', (event) => {
    if (!has_files(event)) return;
    event.preventDefault();
    open_file(event.dataTransfer.files[0]);
  });
  // Open file: the app asks in the frame after the click, while the click still counts as a user gesture.
  Module.looplabPickScriptFile = () => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = '.py,text/x-python,text/plain';
    input.addEventListener('change', () => open_file(input.files && input.files[0]));
    input.click();
  };
})(typeof window !== 'undefined' ? window : globalThis);
