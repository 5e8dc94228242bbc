// LoopLab's keyboard, text, clipboard and pixel-ratio glue (loaded after looplab_shell.js, before the wasm).
// SDL's key listeners sit on #sdl-keyboard-sink, which never has focus; every key goes through _looplab_key,
// which says whether the app uses it now (only then is the default prevented). While an ImGui text field is
// active, the visually hidden #text-input textarea holds the focus, so the browser's input, composition,
// paste, copy and cut events reach the field, and a phone shows its keyboard.
'use strict';

(function () {
  const area = document.getElementById('text-input');
  const canvas = document.getElementById('canvas');
  const mac = /Mac|iPhone|iPad|iPod/.test(navigator.platform || '');
  let textActive = false;
  let pointerDown = false;  // a press on the canvas is under way: its release is the gesture that focuses

  const ready = () => !!(window.Module && Module.looplabReady && Module._looplab_key);
  const call = (name, ret, types, args) => Module.ccall(name, ret, types, args);

  // 1 Ctrl (Cmd on a Mac: the shortcut key), 2 Shift, 4 Alt, 8 the other system key, 16 auto-repeat.
  function modifiers(e) {
    const shortcut = mac ? e.metaKey : e.ctrlKey;
    const other = mac ? e.ctrlKey : e.metaKey;
    return (shortcut ? 1 : 0) | (e.shiftKey ? 2 : 0) | (e.altKey ? 4 : 0) | (other ? 8 : 0) | (e.repeat ? 16 : 0);
  }
  function keyName(e) {
    if (mac && e.key === 'Meta') return 'Control';
    if (mac && e.key === 'Control') return 'Meta';
    return e.key;
  }
  function onKey(e, down) {
    // keyCode 229 / isComposing: an IME or a soft keyboard owns this key; its text arrives as input events.
    if (!ready() || e.isComposing || e.keyCode === 229 || typeof e.key !== 'string') return;
    if (call('looplab_key', 'number', ['string', 'number', 'number'], [keyName(e), down ? 1 : 0, modifiers(e)]))
      e.preventDefault();
  }
  window.addEventListener('keydown', (e) => onKey(e, true));
  window.addEventListener('keyup', (e) => onKey(e, false));

  // Text: whatever the textarea received goes to the field, and the textarea is emptied again.
  function flush() {
    const text = area.value;
    if (!text) return;
    area.value = '';
    if (ready()) Module.looplabCallWithText('looplab_text', text);
  }
  area.addEventListener('input', (e) => { if (!e.isComposing) flush(); });
  area.addEventListener('compositionend', () => flush());
  // Soft keyboards edit without key events: their deletes and line breaks become key taps.
  const taps = { deleteContentBackward: 'Backspace', deleteContentForward: 'Delete', insertLineBreak: 'Enter',
                 insertParagraph: 'Enter' };
  area.addEventListener('beforeinput', (e) => {
    const key = taps[e.inputType];
    if (!key || !ready()) return;
    e.preventDefault();
    call('looplab_key_tap', null, ['string'], [key]);
  });

  // The system clipboard, both ways, through the browser's own events (keys, menus, long-press).
  area.addEventListener('paste', (e) => {
    e.preventDefault();
    const text = e.clipboardData ? e.clipboardData.getData('text/plain') : '';
    if (text && ready()) Module.looplabCallWithText('looplab_paste', text);
  });
  function copyOrCut(e, cut) {
    if (!ready() || !e.clipboardData) return;
    const text = Module.UTF8ToString(Module._looplab_copy_selection(cut ? 1 : 0));
    e.preventDefault();
    e.clipboardData.setData('text/plain', text);
  }
  area.addEventListener('copy', (e) => copyOrCut(e, false));
  area.addEventListener('cut', (e) => copyOrCut(e, true));

  // Called by the app after each frame: the textarea follows the active field's caret (where an IME shows its
  // candidates) and holds the focus while the field is active.
  Module.looplabTextInput = function (active, x, y, lineHeight) {
    if (active) {
      area.style.left = Math.max(0, x) + 'px';
      area.style.top = Math.max(0, y) + 'px';
      area.style.height = Math.max(1, lineHeight) + 'px';
      // Not while the press that activated the field is held: a focus outside a gesture would not open a phone's
      // keyboard, and the pointer-up's focus would then find the textarea already focused.
      if (!pointerDown && document.activeElement !== area && document.hasFocus()) area.focus({ preventScroll: true });
    } else if (textActive) {
      area.value = '';
      if (document.activeElement === area) area.blur();
    }
    textActive = active;
  };
  // A phone opens its keyboard only for a focus inside a user gesture: the pointer-up on a field is one.
  function focusForField() {
    pointerDown = false;
    if (ready() && Module._looplab_wants_text_input()) area.focus({ preventScroll: true });
  }
  canvas.addEventListener('pointerdown', () => { pointerDown = true; });
  canvas.addEventListener('pointercancel', () => { pointerDown = false; });
  canvas.addEventListener('pointerup', focusForField);
  canvas.addEventListener('touchend', focusForField);
  window.addEventListener('pointerup', () => { pointerDown = false; });  // released outside the canvas
  window.addEventListener('blur', () => { pointerDown = false; });

  // Zoom and moving to another screen change devicePixelRatio without always resizing the window. SDL re-reads
  // the ratio and resizes the canvas backing store on a resize event, and the app then re-rasterises its font.
  function watchPixelRatio() {
    const query = window.matchMedia('(resolution: ' + window.devicePixelRatio + 'dppx)');
    query.addEventListener('change', () => {
      window.dispatchEvent(new Event('resize'));
      watchPixelRatio();
    }, { once: true });
  }
  watchPixelRatio();
})();
