// The browser side of browser_bridge.h, through EM_JS functions (no eval: the page's CSP forbids it).
#include "app/browser_bridge.h"

#include <emscripten/emscripten.h>
#include <emscripten/html5.h>

#include <cstdlib>

// clang-format off
EM_JS(void, looplab_js_copy, (const char* data, int length), {
  const text = UTF8ToString(data, length);
  const fallback = () => {
    const area = document.createElement('textarea');
    area.value = text; area.setAttribute('readonly', 'readonly'); area.className = 'visually-hidden';
    document.body.appendChild(area); area.select();
    try { document.execCommand('copy'); } catch (e) {}
    area.remove();
  };
  if (navigator.clipboard && navigator.clipboard.writeText) navigator.clipboard.writeText(text).catch(fallback);
  else fallback();
  Module.looplabLastCopied = text;
});

EM_JS(void, looplab_js_download, (const char* name, int name_length, const char* mime, int mime_length,
                                  const char* data, int length), {
  const bytes = HEAPU8.slice(data, data + length);
  const blob = new Blob([bytes], { type: UTF8ToString(mime, mime_length) });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url; link.download = UTF8ToString(name, name_length); link.hidden = true;
  document.body.appendChild(link); link.click(); link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
});

EM_JS(void, looplab_js_announce, (const char* data, int length), {
  const region = document.getElementById('a11y-live');
  if (!region) return;
  const line = document.createElement('p');
  line.textContent = UTF8ToString(data, length);  // text only: a value never becomes HTML
  region.appendChild(line);
  while (region.childNodes.length > 200) region.removeChild(region.firstChild);
});

EM_JS(char*, looplab_js_read_hash, (int max_length), {
  let hash = window.location.hash.startsWith('#') ? window.location.hash.substring(1) : window.location.hash;
  if (hash.length > max_length) hash = hash.substring(0, max_length);
  const size = lengthBytesUTF8(hash) + 1;
  const out = _malloc(size);
  stringToUTF8(hash, out, size);
  return out;
});

EM_JS(void, looplab_js_replace_hash, (const char* data, int length), {
  const hash = UTF8ToString(data, length);
  history.replaceState(history.state, document.title, '#' + hash);
});

EM_JS(void, looplab_js_push_hash, (const char* data, int length), {
  history.pushState(null, document.title, '#' + UTF8ToString(data, length));
});

// web/looplab_code_link.js defines the codec; a page without it answers "unsupported".
EM_JS(void, looplab_js_decode_code, (int request, const char* data, int length, double max_bytes), {
  const code = UTF8ToString(data, length);
  if (Module.looplabDecodeCode) Module.looplabDecodeCode(request, code, max_bytes);
  else setTimeout(() => Module._looplab_code_failed(request, 6), 0);
});

EM_JS(void, looplab_js_encode_code, (int request, const char* data, int length), {
  const script = UTF8ToString(data, length);
  if (Module.looplabEncodeCode) Module.looplabEncodeCode(request, script);
  else setTimeout(() => Module._looplab_code_encode_failed(request), 0);
});

EM_JS(void, looplab_js_pick_script_file, (), {
  if (Module.looplabPickScriptFile) Module.looplabPickScriptFile();
});

EM_JS(char*, looplab_js_page_url, (), {
  const url = window.location.href;
  const size = lengthBytesUTF8(url) + 1;
  const out = _malloc(size);
  stringToUTF8(url, out, size);
  return out;
});
EM_JS(void, looplab_js_fetch_fallback_font, (const char* data, int length), {
  const name = UTF8ToString(data, length);
  const answer = (bytes) => {
    const ptr = bytes.length ? _malloc(bytes.length) : 0;
    if (ptr) HEAPU8.set(bytes, ptr);
    Module._looplab_fallback_font_fetched(ptr, ptr ? bytes.length : 0);
    if (ptr) _free(ptr);
  };
  fetch(name).then((r) => (r.ok ? r.arrayBuffer() : new ArrayBuffer(0)))
    .then((buffer) => answer(new Uint8Array(buffer)), () => answer(new Uint8Array(0)));
});
EM_JS(void, looplab_js_show_fatal, (const char* data, int length), {
  if (Module.looplabFatal) Module.looplabFatal(UTF8ToString(data, length));
});
// clang-format on

namespace looplab::app {

namespace {
std::string take_js_string(char* owned) {
    std::string result = owned != nullptr ? owned : "";
    std::free(owned);
    return result;
}
int length_of(std::string_view s) { return static_cast<int>(s.size()); }
}  // namespace

void browser_copy_to_clipboard(std::string_view text) { looplab_js_copy(text.data(), length_of(text)); }

void browser_download(std::string_view filename, std::string_view mime_type, std::string_view data) {
    looplab_js_download(filename.data(), length_of(filename), mime_type.data(), length_of(mime_type), data.data(),
                        length_of(data));
}

void browser_announce(std::string_view line) { looplab_js_announce(line.data(), length_of(line)); }

std::string browser_read_hash(std::size_t max_length) {
    return take_js_string(looplab_js_read_hash(static_cast<int>(max_length)));
}

void browser_replace_hash(std::string_view hash) { looplab_js_replace_hash(hash.data(), length_of(hash)); }

void browser_push_hash(std::string_view hash) { looplab_js_push_hash(hash.data(), length_of(hash)); }

void browser_decode_code(int request, std::string_view code, std::size_t max_bytes) {
    looplab_js_decode_code(request, code.data(), length_of(code), static_cast<double>(max_bytes));
}

void browser_encode_code(int request, std::string_view script) {
    looplab_js_encode_code(request, script.data(), length_of(script));
}

void browser_pick_script_file() { looplab_js_pick_script_file(); }

std::string browser_page_url() { return take_js_string(looplab_js_page_url()); }

void browser_fetch_fallback_font(std::string_view name) {
    looplab_js_fetch_fallback_font(name.data(), length_of(name));
}

void browser_show_fatal(std::string_view message) { looplab_js_show_fatal(message.data(), length_of(message)); }

}  // namespace looplab::app
