// LoopLab's page glue (loaded before the Emscripten output): Module config, status line, fatal errors.
// Kept as an external file so the Content-Security-Policy can forbid inline scripts.
'use strict';

(function () {
  const statusEl = document.getElementById('status');
  const fatalEl = document.getElementById('fatal');
  const fatalMessageEl = document.getElementById('fatal-message');
  const canvas = document.getElementById('canvas');

  function setStatus(text) { statusEl.textContent = text || ''; }

  // Shows a clear message in the page (never an alert) and offers a reload.
  function showFatal(message) {
    fatalMessageEl.textContent = message;  // textContent: never interpreted as HTML
    fatalEl.hidden = false;
    setStatus('');
  }
  document.getElementById('fatal-reload').addEventListener('click', () => window.location.reload());

  function hasWebGL2() {
    try { return !!document.createElement('canvas').getContext('webgl2'); } catch (e) { return false; }
  }

  const webgl2 = hasWebGL2();
  window.Module = {
    canvas: canvas,
    noInitialRun: !webgl2,
    print: (text) => console.log(text),
    printErr: (text) => console.warn(text),
    setStatus: (text) => setStatus(text && !text.startsWith('Running') ? text : ''),
    monitorRunDependencies: () => {},
    looplabFatal: showFatal,
    onAbort: (what) => showFatal('LoopLab stopped: ' + (what || 'the WebAssembly module failed to load') +
                                 '. Reload the page to start again.'),
    onRuntimeInitialized: () => { Module.looplabReady = true; setStatus(''); },
    // Calls the export `void name(const char* utf8)` with text. TextEncoder writes well-formed UTF-8 (a lone
    // surrogate becomes U+FFFD; ccall's 'string' encoder of emscripten 3.1.6 pairs it with the next character and
    // so loses that character), into a heap buffer (ccall puts 4 bytes per character on the 5 MB stack: a 1.3 MB
    // paste would overflow it).
    looplabCallWithText: (name, text) => {
      const bytes = new TextEncoder().encode(text);
      const ptr = Module._malloc(bytes.length + 1);
      Module.HEAPU8.set(bytes, ptr);
      Module.HEAPU8[ptr + bytes.length] = 0;
      try { Module['_' + name](ptr); } finally { Module._free(ptr); }
    },
  };
  if (!webgl2) {
    showFatal('LoopLab needs WebGL2, which this browser or device does not provide. ' +
              'Try a current Chrome, Firefox or Safari, or enable hardware acceleration.');
  }
  // Page events the app listens to (its exports exist once the runtime is up).
  // Back and Forward between the app's own history entries fire popstate (and hashchange); the app ignores a
  // hash it already shows, so both may arrive.
  for (const name of ['hashchange', 'popstate']) {
    window.addEventListener(name, () => {
      if (Module._looplab_on_hashchange) Module._looplab_on_hashchange();
    });
  }
  document.addEventListener('visibilitychange', () => {
    if (Module._looplab_on_visibility) Module._looplab_on_visibility(document.hidden ? 1 : 0);
  });
  window.addEventListener('error', (event) => {
    if (event.target && event.target.tagName === 'SCRIPT') showFatal('Could not load ' + event.target.src + '.');
  }, true);
})();
