// Browser side of src/platform/web.cpp, linked with --js-library. Calls back into the exported kstthc_*
// functions. Kept out of the C++ files so that clang-format never touches JavaScript.
mergeInto(LibraryManager.library, {
  // Wake on every event that can change what is drawn. Capture phase on window, so the app hears events before
  // GLFW's handlers and even when they target the text element.
  js_install_wake_listeners: function () {
    var wake = function () { _kstthc_wake(); };
    ['mousedown', 'mouseup', 'mousemove', 'wheel', 'keydown', 'keyup', 'touchstart', 'touchmove', 'touchend',
      'resize', 'focus', 'blur', 'input', 'compositionupdate', 'compositionend', 'paste'].forEach(function (type) {
      window.addEventListener(type, wake, { capture: true, passive: true });
    });
    document.addEventListener('visibilitychange', wake);
    if (window.matchMedia) {
      // devicePixelRatio changes (browser zoom, another screen) do not fire resize in every browser.
      var watchRatio = function () {
        var mq = window.matchMedia('(resolution: ' + window.devicePixelRatio + 'dppx)');
        var onChange = function () { mq.removeEventListener('change', onChange); wake(); watchRatio(); };
        mq.addEventListener('change', onChange);
      };
      watchRatio();
    }
  },

  // The text element. GLFW (emscripten 3.1.6) reads characters from `keypress` only, so Vietnamese typed
  // through input methods, dead keys and insertText never reaches ImGui; the element's `input` and
  // `compositionend` events do. Its keypresses are kept from GLFW so ASCII does not arrive twice (this listener
  // must be registered before GLFW's). Backspace, arrows and Enter still reach ImGui through GLFW's keydown,
  // in order with the text, because text is forwarded synchronously from the event.
  js_install_text_element: function () {
    var el = document.getElementById('textproxy');
    if (!el) return;
    var withString = function (text, fn) {
      var n = lengthBytesUTF8(text) + 1, p = _malloc(n);
      stringToUTF8(text, p, n);
      fn(p);
      _free(p);
    };
    window.addEventListener('keypress', function (e) {
      if (e.target === el) e.stopImmediatePropagation();
    }, true);
    el.addEventListener('input', function (e) {
      if (e.isComposing) return;
      if (e.inputType === 'insertFromPaste') { el.value = ''; return; }
      var v = el.value;
      el.value = '';
      if (v) withString(v, _kstthc_text_input);
    });
    el.addEventListener('compositionend', function (e) {
      var v = el.value || e.data || '';
      el.value = '';
      if (v) withString(v, _kstthc_text_input);
    });
    el.addEventListener('paste', function (e) {
      // ImGui asks for the clipboard when it handles Ctrl+V, which GLFW's keydown has already queued.
      var t = (e.clipboardData && e.clipboardData.getData('text/plain')) || '';
      e.preventDefault();
      withString(t, _kstthc_set_clipboard);
    });
    // Keep the focus in the element while the user clicks inside the canvas.
    document.getElementById('canvas').addEventListener('mousedown', function (e) {
      if (document.activeElement === el) e.preventDefault();
    }, true);
  },

  js_text_follow: function (active, x, y, w, h, fontPx) {
    var el = document.getElementById('textproxy');
    if (!el) return;
    if (active) {
      el.style.left = x + 'px';
      el.style.top = y + 'px';
      el.style.width = Math.max(w, 4) + 'px';
      el.style.height = Math.max(h, 4) + 'px';
      el.style.fontSize = fontPx + 'px';
      if (document.activeElement !== el) el.focus({ preventScroll: true });
    } else if (document.activeElement === el) {
      el.value = '';
      el.blur();
    }
  },

  js_write_clipboard: function (text) {
    var t = UTF8ToString(text);
    if (navigator.clipboard && navigator.clipboard.writeText) {
      navigator.clipboard.writeText(t).catch(function (e) { console.warn('clipboard: ' + e); });
    }
  },

  // Mounts IndexedDB at /data through IDBFS and loads it. Nothing may touch /data before the callback.
  js_storage_mount__deps: ['$FS'],
  js_storage_mount: function () {
    var fail = function (msg) {
      Module['kstthcStorageError'] = msg;
      _kstthc_storage_mounted(0);
    };
    var idb = null;
    try { idb = window.indexedDB; } catch (e) { idb = null; }
    try { FS.mkdir('/data'); } catch (e) { /* exists */ }
    if (!idb) { fail('IndexedDB is not available'); return; }
    try { FS.mount(IDBFS, {}, '/data'); } catch (e) { fail(String(e)); return; }
    FS.syncfs(true, function (err) {
      if (err) fail(String((err && (err.message || err.name)) || err));
      else _kstthc_storage_mounted(1);
    });
  },

  // Pushes memory to IndexedDB; the result (checked, never ignored) goes back to C++.
  js_storage_push__deps: ['$FS'],
  js_storage_push: function () {
    FS.syncfs(false, function (err) {
      Module['kstthcStorageError'] = err ? String((err && (err.name || err.message)) || err) : '';
      _kstthc_storage_pushed(err ? 0 : 1);
    });
  },

  js_storage_error: function () {
    var s = Module['kstthcStorageError'] || '';
    var n = lengthBytesUTF8(s) + 1, p = _malloc(n);
    stringToUTF8(s, p, n);
    return p;
  },

  js_set_unsaved: function (unsaved) { Module['kstthcUnsaved'] = !!unsaved; },

  js_set_title: function (title) { document.title = UTF8ToString(title); },

  // Merges a JSON object into window.__kstthc, the surface the tests read.
  js_publish: function (json) {
    var w = window['__kstthc'] = window['__kstthc'] || {};
    var s = JSON.parse(UTF8ToString(json));
    for (var k in s) w[k] = s[k];
  },

  js_download: function (name, data, size, mime) {
    var bytes = HEAPU8.slice(data, data + size);
    var blob = new Blob([bytes], { type: UTF8ToString(mime) });
    var a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = UTF8ToString(name);
    document.body.appendChild(a);
    a.click();
    setTimeout(function () { URL.revokeObjectURL(a.href); a.remove(); }, 1000);
  },

  // Picked files (a hidden <input type=file>) and files dropped anywhere on the page both arrive through
  // kstthc_file_received. Files above maxBytes are not read at all, so a huge file cannot freeze the tab.
  js_install_file_input: function (maxBytes) {
    var deliver = function (file) {
      var send = function (bytes, tooBig) {
        var nameLen = lengthBytesUTF8(file.name) + 1, namePtr = _malloc(nameLen);
        stringToUTF8(file.name, namePtr, nameLen);
        var dataPtr = _malloc(bytes.length + 1);
        HEAPU8.set(bytes, dataPtr);
        _kstthc_file_received(namePtr, dataPtr, bytes.length, tooBig ? 1 : 0);
        _free(namePtr);
        _free(dataPtr);
      };
      if (file.size > maxBytes) { send(new Uint8Array(0), true); return; }
      file.arrayBuffer().then(function (buf) { send(new Uint8Array(buf), false); });
    };
    var input = document.createElement('input');
    input.type = 'file';
    input.id = 'fileinput';
    input.style.display = 'none';
    input.addEventListener('change', function () {
      if (input.files && input.files[0]) deliver(input.files[0]);
      input.value = '';
    });
    document.body.appendChild(input);
    window.addEventListener('dragover', function (e) { e.preventDefault(); });
    window.addEventListener('drop', function (e) {
      e.preventDefault();
      var files = e.dataTransfer && e.dataTransfer.files;
      if (files && files[0]) deliver(files[0]);
    });
  },

  js_open_file_picker: function (accept) {
    var input = document.getElementById('fileinput');
    if (!input) return;
    input.accept = UTF8ToString(accept);
    input.click();
  },
});
