// Browser side of src/platform/web.cpp, linked with --js-library. Calls back into the exported kstthc_*
// functions. Kept out of the C++ files so that clang-format never touches JavaScript.
mergeInto(LibraryManager.library, {
  // Wake on every event that can change what is drawn. Capture phase on window, so the app hears events before
  // the input handlers (web_input.cpp) and even when they target the text element.
  js_install_wake_listeners: function () {
    // Typing into the text element wakes through its own listeners (js_install_text_element), only when its
    // text or caret changed: a key is then two frames, not three for each of keydown, input and keyup.
    var wake = function (e) {
      var t = e && e.target, typed = e && (e.type === 'keydown' || e.type === 'keyup' || e.type === 'input');
      if (!(typed && t && t['kstthcText'])) _kstthc_wake();
    };
    ['mousedown', 'mouseup', 'mousemove', 'wheel', 'keydown', 'keyup', 'touchstart', 'touchmove', 'touchend',
      'resize', 'focus', 'blur', 'input', 'compositionstart', 'compositionupdate', 'compositionend', 'paste'].forEach(function (type) {
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

  // The text elements (an input for single-line fields, a textarea for multi-line ones). The focused one edits
  // the text itself: typed characters, input-method composition, Unikey's synthetic Backspace + replacement,
  // caret moves, selection, clipboard and undo are all the browser's own editing. C++ mirrors its value and
  // selection into the active ImGui field every frame (and pushes clicks in the field back), so ImGui must
  // never see those keys: this listener runs before web_input.cpp's (registered earlier, capture phase) and
  // stops them.
  // Tab, Escape, a single-line field's Enter and Ctrl+Enter go on to ImGui (next field, leave, done, save).
  js_install_text_element__deps: ['$FS'],
  js_install_text_element: function () {
    var single = document.getElementById('textproxy');
    var multi = document.getElementById('textproxy-multi');
    if (!single || !multi) return;
    var T = Module['kstthcText'] = { serial: 0, composing: false, compStart: 0, compLen: 0, el: single };
    try { // the app's own font, so that the shown multi-line element wraps as the field draws its text
      var ttf = FS.readFile('/fonts/vi.ttf');
      // ImGui sizes a font by its line (hhea ascender − descender), CSS by its em: the ratio between them.
      var view = new DataView(ttf.buffer, ttf.byteOffset, ttf.byteLength), tables = {};
      for (var i = 0, n = view.getUint16(4); i < n; i++) {
        var at = 12 + 16 * i;
        tables[String.fromCharCode(ttf[at], ttf[at + 1], ttf[at + 2], ttf[at + 3])] = view.getUint32(at + 8);
      }
      var line = view.getInt16(tables['hhea'] + 4) - view.getInt16(tables['hhea'] + 6);
      T.emPerLine = line > 0 ? view.getUint16(tables['head'] + 18) / line : 1;
      var face = new FontFace('kstthc-ui', ttf);
      document.fonts.add(face);
      face.load().catch(function (e) { console.warn('kstthc: font for text editing: ' + e); });
    } catch (e) { console.warn('kstthc: font for text editing: ' + e); }
    // Something in the element may have changed: the app rereads it (serial) and draws it (two frames), unless
    // nothing did (a keyup, the selectionchange after an input).
    var bump = function () {
      var el = T.el, now = [el, el.value, el.selectionStart, el.selectionEnd, el.selectionDirection, T.composing,
        T.compStart, T.compLen];
      var last = T.seen, same = !!last;
      for (var i = 0; same && i < now.length; i++) same = last[i] === now[i];
      if (same) return;
      T.seen = now;
      T.serial++;
      _kstthc_wake_text();
    };
    single['kstthcText'] = multi['kstthcText'] = true;
    var isOurs = function (t) { return t === single || t === multi; };
    var isModifier = function (k) {
      return k === 'Control' || k === 'Shift' || k === 'Alt' || k === 'Meta' || k === 'AltGraph';
    };
    // Keys typed after Tab or Enter left a field, before the app has shown the next one (a slow frame, or a
    // typist faster than frames), belong to the next field. One such key at a time is handled by the cut
    // below; while the app has not moved on yet, further keys are held (T.hold) and given to the element, or
    // to the app, once it has (js_text_follow): each number typed between two Tabs lands in its own cell.
    var replayable = function (e) {
      return !e.isComposing && e.keyCode !== 229 && !e.ctrlKey && !e.metaKey && !e.altKey &&
        (e.key.length === 1 || e.key === 'Backspace' || e.key === 'Delete' || e.key === 'Tab' ||
          e.key === 'Enter' || e.key === 'Escape');
    };
    var synthetic = function (type, q) {
      var ev = new KeyboardEvent(type, { key: q.key, code: q.code, location: q.location, shiftKey: q.shift,
        bubbles: true, cancelable: true });
      Object.defineProperty(ev, 'keyCode', { get: function () { return q.keyCode; } });
      Object.defineProperty(ev, 'which', { get: function () { return q.keyCode; } });
      Object.defineProperty(ev, 'charCode', { get: function () { return type === 'keypress' ? q.key.charCodeAt(0) : 0; } });
      (document.activeElement || document.body).dispatchEvent(ev);
    };
    var give = function (q) { // one held key, as if typed now
      var el = document.activeElement;
      if (isOurs(el) && (q.key.length === 1 || (q.key === 'Enter' && el === multi))) {
        document.execCommand('insertText', false, q.key === 'Enter' ? '\n' : q.key);
      } else if (isOurs(el) && (q.key === 'Backspace' || q.key === 'Delete')) {
        document.execCommand(q.key === 'Backspace' ? 'delete' : 'forwardDelete', false);
      } else {
        synthetic('keydown', q);
        if (q.key.length === 1) synthetic('keypress', q);
        synthetic('keyup', q);
      }
    };
    var release = function () {
      var queue = T.hold ? T.hold.queue : [];
      T.hold = null;
      while (queue.length && !T.hold) give(queue.shift()); // a Tab or Enter given holds the rest again
      if (T.hold) T.hold.queue = T.hold.queue.concat(queue);
    };
    T.release = release;
    window.addEventListener('keydown', function (e) {
      if (T.hold && !isModifier(e.key)) {
        if (!replayable(e)) {
          release(); // a key that cannot be given later (a shortcut, an arrow): what is held goes first
        } else {
          e.preventDefault();
          e.stopImmediatePropagation();
          T.hold.queue.push({ key: e.key, code: e.code, keyCode: e.keyCode, location: e.location,
            shift: e.shiftKey });
          T.hold.keys[e.code] = true;
          return;
        }
      }
      // Ctrl + / Ctrl − / Ctrl 0: the app's UI zoom (the font is rebuilt at the new size, so text stays sharp).
      if ((e.ctrlKey || e.metaKey) && !e.altKey && ['+', '=', '-', '_', '0'].indexOf(e.key) >= 0) {
        e.preventDefault();
        e.stopImmediatePropagation();
        _kstthc_zoom(e.key === '0' ? 0 : (e.key === '-' || e.key === '_') ? -1 : 1);
        _kstthc_wake();
        return;
      }
      if (!isOurs(e.target)) return;
      var k = e.key;
      if (isModifier(k)) return;
      var toApp = !e.isComposing && e.keyCode !== 229 &&
        (k === 'Tab' || k === 'Escape' || (k === 'Enter' && (e.target === single || e.ctrlKey || e.metaKey)));
      if (toApp) {
        e.preventDefault();
        // The field's text as the key that leaves it found it: keys typed after it (before the next field is
        // filled) belong to the next field, even when the app reads the element only afterwards.
        if (k !== 'Escape') {
          var el = T.el;
          T.cut = { v: el.value, s: el.selectionStart, e: el.selectionEnd, d: el.selectionDirection, n: T.serial };
          T.hold = { frames: 0, queue: [], keys: {} };
        }
        return;
      }
      e.stopImmediatePropagation();
      setTimeout(bump, 0); // after the browser's default action (caret moved, text deleted)
    }, true);
    window.addEventListener('keyup', function (e) { // the same keys' releases: ImGui never saw them pressed
      var k = e.key;
      if (e.isTrusted && T.hold && T.hold.keys[e.code]) { // given later, with its release
        delete T.hold.keys[e.code];
        e.stopImmediatePropagation();
        return;
      }
      if (!isOurs(e.target) || isModifier(k) || k === 'Tab' || k === 'Escape' || k === 'Enter') return;
      e.stopImmediatePropagation();
      bump();
    }, true);
    window.addEventListener('keypress', function (e) {
      if (isOurs(e.target) || (e.isTrusted && T.hold)) e.stopImmediatePropagation();
    }, true);
    [single, multi].forEach(function (el) {
      el.addEventListener('input', bump);
      el.addEventListener('select', bump);
      el.addEventListener('compositionstart', function () {
        T.composing = true;
        T.compStart = Math.min(el.selectionStart, el.selectionEnd);
        T.compLen = 0;
        bump();
      });
      el.addEventListener('compositionupdate', function (e) { T.compLen = (e.data || '').length; bump(); });
      el.addEventListener('compositionend', function () { T.composing = false; bump(); });
    });
    // A single-line field gets multi-line text (e.g. from Word) as one line: breaks become spaces. The pasted
    // text is kept as it was for the app, which checks it for old Vietnamese encodings (TCVN3, VNI) and takes
    // a spreadsheet's row of cells (tabs) into a grid.
    single.addEventListener('paste', function (e) {
      var t = (e.clipboardData && e.clipboardData.getData('text/plain')) || '';
      T.pasted = T.pastedRaw = t.replace(/\r\n?/g, '\n');
      if (!/[\r\n\t]/.test(t)) return;
      e.preventDefault();
      t = t.replace(/[ \t]*(\r\n|\r|\n|\t)[ \t]*/g, ' ').trim();
      T.pasted = t;
      if (!document.execCommand('insertText', false, t)) {
        single.setRangeText(t, single.selectionStart, single.selectionEnd, 'end');
      }
      bump();
    });
    multi.addEventListener('paste', function (e) {
      T.pasted = ((e.clipboardData && e.clipboardData.getData('text/plain')) || '').replace(/\r\n?/g, '\n');
    });
    document.addEventListener('selectionchange', function () {
      if (document.activeElement === T.el) bump();
    });
    // Keep the focus in the element while the user clicks inside the canvas.
    document.getElementById('canvas').addEventListener('mousedown', function (e) {
      if (isOurs(document.activeElement)) e.preventDefault();
    }, true);
  },

  // The canvas's mouse cursor for ImGui's shape (ImGuiMouseCursor_: -1 none, 0 arrow, 1 text, 2 move, 3 ns,
  // 4 ew, 5 nesw, 6 nwse, 7 hand, 8 not allowed).
  js_set_cursor: function (shape) {
    var names = ['default', 'text', 'move', 'ns-resize', 'ew-resize', 'nesw-resize', 'nwse-resize', 'pointer',
      'not-allowed'];
    document.getElementById('canvas').style.cursor = shape < 0 ? 'none' : (names[shape] || 'default');
  },

  js_text_follow: function (active, focus, multiline, x, y, w, h, fontPx, padX, padY) {
    var T = Module['kstthcText'];
    if (!T) return;
    // Keys held since Tab or Enter left a field (js_install_text_element) are given once the app has taken
    // that key (nothing of it is queued any more) and shown what follows: the next field, or none.
    var releaseHeld = false;
    if (T.hold && focus && ++T.hold.frames >= (active ? 2 : 4)) releaseHeld = true;
    var el = document.getElementById(multiline ? 'textproxy-multi' : 'textproxy');
    var other = document.getElementById(multiline ? 'textproxy' : 'textproxy-multi');
    if (active) {
      if (T.el !== el) {
        // The field was filled before we knew it is multi-line (or the reverse): move its text over.
        el.value = T.el.value;
        el.style.display = 'block';
        el.setSelectionRange(T.el.selectionStart, T.el.selectionEnd, T.el.selectionDirection);
        T.el = el;
      }
      if (document.activeElement === other) other.blur();
      other.value = '';
      other.style.display = 'none';
      el.style.display = 'block';
      el.style.left = x + 'px';
      el.style.top = y + 'px';
      el.style.width = Math.max(w, 4) + 'px';
      el.style.height = Math.max(h, 4) + 'px';
      el.style.fontSize = fontPx + 'px';
      if (multiline) {
        // Shown: the browser wraps the paragraph at the field's width and moves caret and selection along
        // the wrapped lines (ImGui 1.90's multi-line field cannot wrap while editing).
        el.style.lineHeight = fontPx + 'px';
        el.style.fontSize = fontPx * (T.emPerLine || 1) + 'px';
        el.style.padding = padY + 'px ' + padX + 'px';
        el.classList.add('shown');
      }
      if (focus && document.activeElement !== el) el.focus({ preventScroll: true });
    } else {
      [el, other].forEach(function (e) {
        e.classList.remove('shown');
        if (document.activeElement === e) e.blur();
        e.value = '';
        e.style.display = 'none';
      });
      T.composing = false;
    }
    if (releaseHeld) Promise.resolve().then(T.release); // once this frame is over (the keys wake the next)
  },

  js_text_end_composition: function () {
    var T = Module['kstthcText'];
    if (!T || !T.composing) return;
    var el = T.el;
    el.blur(); // the browser ends the composition with the element's focus
    el.focus({ preventScroll: true });
    T.composing = false;
    T.compLen = 0;
    T.seen = null;
    T.serial++;
  },

  js_text_serial: function () {
    var T = Module['kstthcText'];
    return T ? T.serial : 0;
  },

  // Value (malloc'd UTF-8, freed by the caller) and, in numbers[0..4], anchor, caret, composing, composition
  // start and end, all as UTF-8 byte offsets.
  js_text_read: function (numbers, atLeave) {
    var T = Module['kstthcText'];
    var el = T ? T.el : null;
    var cut = atLeave && T && T.cut ? T.cut : null; // as Tab or Enter found it (js_install_text_element)
    var v = cut ? cut.v : el ? el.value : '';
    var bytesBefore = function (i) { return lengthBytesUTF8(v.substring(0, i)); };
    var start = cut ? cut.s : el ? el.selectionStart : 0, end = cut ? cut.e : el ? el.selectionEnd : 0;
    var backward = cut ? cut.d === 'backward' : el && el.selectionDirection === 'backward';
    HEAP32[(numbers >> 2) + 5] = cut ? cut.n : T ? T.serial : 0;
    HEAP32[(numbers >> 2) + 0] = bytesBefore(backward ? end : start);
    HEAP32[(numbers >> 2) + 1] = bytesBefore(backward ? start : end);
    HEAP32[(numbers >> 2) + 2] = T && T.composing ? 1 : 0;
    HEAP32[(numbers >> 2) + 3] = T ? bytesBefore(T.compStart) : 0;
    HEAP32[(numbers >> 2) + 4] = T ? bytesBefore(T.compStart + T.compLen) : 0;
    var n = lengthBytesUTF8(v) + 1, p = _malloc(n);
    stringToUTF8(v, p, n);
    return p;
  },

  js_text_take_pasted: function (raw) {
    var T = Module['kstthcText'];
    var v = (T && (raw ? T.pastedRaw : T.pasted)) || '';
    if (T && raw) T.pastedRaw = '';
    else if (T) T.pasted = ''; // (not T[name]: Closure renames the properties)
    var n = lengthBytesUTF8(v) + 1, p = _malloc(n);
    stringToUTF8(v, p, n);
    return p;
  },

  js_text_set: function (value, anchor, caret) {
    var T = Module['kstthcText'];
    if (!T || !T.el) return;
    var v = UTF8ToString(value);
    var a = UTF8ToString(value, anchor).length, c = UTF8ToString(value, caret).length;
    T.cut = null;
    if (T.el.value !== v) T.el.value = v;
    T.el.setSelectionRange(Math.min(a, c), Math.max(a, c), c < a ? 'backward' : 'forward');
  },

  js_write_clipboard: function (text) {
    var t = UTF8ToString(text);
    if (navigator.clipboard && navigator.clipboard.writeText) {
      navigator.clipboard.writeText(t).catch(function (e) { console.warn('clipboard: ' + e); });
    }
  },

  // Emscripten 3.1.6's IDBFS loses write failures: its error handlers are arrow functions that report
  // `this.error` (undefined: "success"), an aborted transaction (a full disk) calls back never, and a throwing
  // transaction() escapes. These replacements report every failure exactly once.
  $kstthcFixIdbfs__deps: ['$IDBFS', '$kstthcTabs'],
  $kstthcFixIdbfs: function () {
    var failure = function (what, e) {
      return (e && (e.name || e.message)) ? e : new Error(what);
    };
    IDBFS.storeRemoteEntry = function (store, path, entry, callback) {
      var req;
      try { req = store.put(entry, path); } catch (e) { callback(failure('put', e)); return; }
      req.onsuccess = function () { callback(null); };
      req.onerror = function (e) { callback(failure('put', req.error)); e.preventDefault(); };
    };
    IDBFS.removeRemoteEntry = function (store, path, callback) {
      var req;
      try { req = store.delete(path); } catch (e) { callback(failure('delete', e)); return; }
      req.onsuccess = function () { callback(null); };
      req.onerror = function (e) { callback(failure('delete', req.error)); e.preventDefault(); };
    };
    var reconcile = IDBFS.reconcile;
    IDBFS.reconcile = function (src, dst, callback) {
      var create = [], remove = [];
      Object.keys(src.entries).forEach(function (key) {
        var e2 = dst.entries[key];
        if (!e2 || src.entries[key]['timestamp'].getTime() != e2['timestamp'].getTime()) create.push(key);
      });
      Object.keys(dst.entries).forEach(function (key) { if (!src.entries[key]) remove.push(key); });
      if (dst.type !== 'remote') { // reading: as it was, counting what changes (a reload that changes nothing
        Module['kstthcPulled'] = (Module['kstthcPulled'] || 0) + create.length + remove.length; // is not one)
        reconcile(src, dst, callback);
        return;
      }
      if (!create.length && !remove.length) { callback(null); return; }
      var finished = false, tx;
      var finish = function (err) { if (!finished) { finished = true; callback(err || null); } };
      try { tx = dst.db.transaction([IDBFS.DB_STORE_NAME], 'readwrite'); } catch (e) { finish(failure('transaction', e)); return; }
      var done = function (err) {
        if (!err) return;
        try { tx.abort(); } catch (e) { }
        finish(err);
      };
      tx.onerror = function (e) { finish(failure('write', tx.error || (e.target && e.target.error))); e.preventDefault(); };
      tx.onabort = function () { finish(failure('transaction aborted', tx.error)); };
      tx.oncomplete = function () { finish(null); };
      try {
        var store = tx.objectStore(IDBFS.DB_STORE_NAME);
        kstthcTabs.check(store, function () {
          try {
            create.sort().forEach(function (path) {
              IDBFS.loadLocalEntry(path, function (err, entry) {
                if (err) { done(err); return; }
                IDBFS.storeRemoteEntry(store, path, entry, done);
              });
            });
            remove.sort().reverse().forEach(function (path) { IDBFS.removeRemoteEntry(store, path, done); });
          } catch (e) {
            done(failure('write', e));
          }
        }, done);
      } catch (e) {
        done(failure('write', e));
      }
    };
  },

  // Mounts IndexedDB at /data through IDBFS and loads it. Nothing may touch /data before the callback.
  js_storage_mount__deps: ['$FS', '$kstthcFixIdbfs'],
  js_storage_mount: function () {
    kstthcFixIdbfs();
    var afterMount = function () {
      var T = Module['kstthcTabs'], then = T && T.afterMount;
      if (then) { T.afterMount = null; then(); }
    };
    var fail = function (msg) {
      Module['kstthcStorageError'] = msg;
      Module['kstthcMountFailed'] = true;
      _kstthc_storage_mounted(0);
      afterMount();
    };
    var idb = null;
    try { idb = window.indexedDB; } catch (e) { idb = null; }
    try { FS.mkdir('/data'); } catch (e) { /* exists */ }
    if (!idb) { fail('IndexedDB is not available'); return; }
    try { FS.mount(IDBFS, {}, '/data'); } catch (e) { fail(String(e)); return; }
    FS.syncfs(true, function (err) {
      if (err) { fail(String((err && (err.message || err.name)) || err)); return; }
      Module['kstthcMounted'] = true;
      // Ask the browser not to evict our data, and find out how much space is used (shown to the user).
      var S = Module['kstthcStorageInfo'] = { persisted: false, usage: -1, quota: -1 };
      if (navigator.storage && navigator.storage.persist) {
        navigator.storage.persist().then(function (granted) { S.persisted = !!granted; }, function () { });
      }
      if (navigator.storage && navigator.storage.estimate) {
        navigator.storage.estimate().then(function (e) { S.usage = e.usage; S.quota = e.quota; }, function () { });
      }
      _kstthc_storage_mounted(1);
      afterMount();
    });
  },

  // One tab writes, the others follow. The writer holds the Web Lock "kstthc-writer" where Web Locks exist, and
  // in every case a lease in localStorage renewed every 2 s (so a tab without Web Locks sees a writer that has
  // them). Readers never push to IndexedDB: IDBFS mirrors memory to the database and deletes what memory lacks,
  // so two writers would destroy each other's work. When the writer has saved it says so on a BroadcastChannel
  // and the readers reload. Taking over asks the writer to save and step down first.
  //
  // A lease can be lost without its holder knowing (its main thread blocked for longer than the lease), and a
  // tab without Web Locks cannot see the lock. So the writer role is fenced: becoming the writer claims the
  // next epoch — stored in IDBFS's object store under a key IDBFS does not list (a record without a
  // timestamp), mirrored in localStorage — and only then reloads what is stored. Every push checks the stored
  // epoch inside its own transaction, and every journal write checks the mirror: a writer whose epoch is
  // older stops (role 4, "stopped") without writing, and keeps what it shows until its user decides.
  $kstthcTabs__deps: ['$FS', '$IDBFS'],
  $kstthcTabs: {
    epochKey: 'kstthc-writer-epoch',
    mirrored: function () {
      try { return Number(localStorage.getItem('kstthc-writer-epoch')) || 0; } catch (e) { return 0; }
    },
    // Claims the epoch after the highest stored or mirrored one; then(epoch), or then(-1) when storage failed.
    claim: function (then) {
      var base = kstthcTabs.mirrored();
      if (!Module['kstthcMounted']) { then(-1); return; } // no IndexedDB: nothing to fence (IDBFS would abort)
      IDBFS.getDB('/data', function (err, db) {
        if (err) { then(-1); return; }
        var tx, epoch = 0;
        try {
          tx = db.transaction([IDBFS.DB_STORE_NAME], 'readwrite');
          var store = tx.objectStore(IDBFS.DB_STORE_NAME), req = store.get(kstthcTabs.epochKey);
          req.onsuccess = function () {
            epoch = Math.max(base, (req.result && req.result['epoch']) || 0) + 1;
            store.put({ 'epoch': epoch }, kstthcTabs.epochKey);
          };
        } catch (e) { then(-1); return; }
        tx.oncomplete = function () {
          try { localStorage.setItem(kstthcTabs.epochKey, String(epoch)); } catch (e) { }
          then(epoch);
        };
        tx.onabort = function () { then(-1); };
      });
    },
    // The epoch stored in IndexedDB, read in its own transaction: then(epoch), or then(-1) when it cannot be read.
    stored: function (then) {
      IDBFS.getDB('/data', function (err, db) {
        if (err) { then(-1); return; }
        try {
          var req = db.transaction([IDBFS.DB_STORE_NAME], 'readonly').objectStore(IDBFS.DB_STORE_NAME)
            .get(kstthcTabs.epochKey);
          req.onsuccess = function () { then((req.result && req.result['epoch']) || 0); };
          req.onerror = function () { then(-1); };
        } catch (e) { then(-1); }
      });
    },
    // Inside a push's transaction, before anything is written: calls go() when this tab may write, else
    // stop(error). A tab whose claim failed (-1) claims here, unless someone claimed after it looked.
    check: function (store, go, stop) {
      var T = Module['kstthcTabs'] || { epoch: 0 };
      var req = store.get(kstthcTabs.epochKey);
      req.onsuccess = function () {
        var stored = (req.result && req.result['epoch']) || 0;
        if (T.epoch < 0 ? stored > T.claimBase : stored > T.epoch) {
          var e = new Error('another tab writes now');
          e.name = 'KstthcFenced';
          stop(e);
          return;
        }
        if (T.epoch < 0 || stored < T.epoch) {
          if (T.epoch < 0) T.epoch = stored + 1;
          store.put({ 'epoch': T.epoch }, kstthcTabs.epochKey);
          try { localStorage.setItem(kstthcTabs.epochKey, String(T.epoch)); } catch (e) { }
        }
        go();
      };
    }
  },

  js_tabs_start__deps: ['$FS', '$kstthcTabs'],
  js_tabs_start: function () {
    var T = Module['kstthcTabs'] = { role: 0, epoch: 0, lockHeld: false, releaseLock: null, stepping: false };
    var channel = null;
    try { channel = new BroadcastChannel('kstthc-tabs'); } catch (e) { channel = null; }
    T.post = function (msg) { if (channel) channel.postMessage(msg); };
    var me = String(Math.random()).slice(2);
    // Every change of role is said in the console (rare: a tab opened, closed, taken over), with the reason.
    var setRole = function (role, why) {
      console.info('kstthc: tab ' + me + ' ' + ['starting', 'writer', 'reader', 'taking over', 'stopped'][role] +
        ' (' + why + ')');
      T.role = role;
      _kstthc_tab_role(role);
    };
    // Loads what storage holds; the app rereads it only when something changed.
    T.reload = function (then) {
      if (!Module['kstthcMounted']) { if (then) then(); return; }
      Module['kstthcPulled'] = 0;
      FS.syncfs(true, function (err) {
        if (err) console.warn('kstthc: reload failed: ' + err);
        else if (Module['kstthcPulled'] > 0) _kstthc_storage_reloaded();
        if (then) then();
      });
    };
    var leaseKey = 'kstthc-writer-lease';
    var lease = function () {
      try { return JSON.parse(localStorage.getItem(leaseKey) || 'null'); } catch (e) { return null; }
    };
    // Free: none, ours, lapsed, or (for a tab holding the Web Lock) one a Web Lock holder wrote — the lock
    // proves that tab is gone (it may have crashed without removing its lease).
    var leaseFree = function () {
      var l = lease();
      return !l || l['id'] === me || !(l['until'] >= Date.now()) || (T.lockHeld && l['locks'] === true);
    };
    var renewLease = function () {
      var l = { 'id': me, 'until': Date.now() + 5000, 'locks': T.useLocks }; // quoted: the same in every build
      T.ownUntil = l['until'];
      try { localStorage.setItem(leaseKey, JSON.stringify(l)); } catch (e) { }
    };
    var dropLease = function () {
      var l = lease();
      if (l && l['id'] === me) { try { localStorage.removeItem(leaseKey); } catch (e) { } }
    };
    var releaseLock = function () {
      var r = T.releaseLock;
      T.releaseLock = null;
      T.lockHeld = false;
      if (r) r();
    };
    T.useLocks = !!(navigator.locks && navigator.locks.request);
    // The writer renews its lease, or stops when another tab has become the writer meanwhile; then(), when
    // given, runs once it still holds the lease. A writer whose own lease lapsed (its main thread was blocked
    // longer than the lease) may be reading localStorage as it was before the block (another tab's lease and
    // epoch reach it later): it renews only after the epoch stored in IndexedDB, read in a transaction, shows
    // that nobody has claimed a newer one — renewing first would write over the lease of the tab that took over.
    var holdOrFence = function (then) {
      if (T.stale() || !leaseFree()) {
        T.fence(T.stale() ? 'newer epoch' : 'lease ' + JSON.stringify(lease()));
        return;
      }
      if (T.ownUntil && Date.now() > T.ownUntil && Module['kstthcMounted']) {
        if (T.verifying) return;
        T.verifying = true;
        kstthcTabs.stored(function (stored) {
          T.verifying = false;
          if (T.role !== 1) return;
          if (T.epoch > 0 && stored > T.epoch) { T.fence('newer epoch stored while this tab was blocked'); return; }
          if (T.stale() || !leaseFree()) { T.fence('lease ' + JSON.stringify(lease())); return; }
          renewLease(); // not readable (-1): renewed; every push still checks the stored epoch
          if (then) then();
        });
        return;
      }
      renewLease();
      if (then) then();
    };
    // Becomes the writer when nobody else is: lease taken, epoch claimed, storage reloaded, then role 1. A lease
    // of another tab that looks lapsed may only mean that tab's timers are throttled (a hidden tab's renew runs
    // once a minute in Chromium): it is asked first, and a writer that is there answers and renews.
    var tryBecome = function () {
      if (T.role === 1 || T.becoming || T.probing || (T.useLocks && !T.lockHeld) || !leaseFree()) return;
      var l = lease();
      if (channel && l && l['id'] !== me && !(T.lockHeld && l['locks'] === true)) {
        T.probing = true;
        T.answered = false;
        T.post({ 'type': 'probe' });
        setTimeout(function () {
          T.probing = false;
          if (!T.answered) become();
          else if (T.role === 0) setRole(2, 'the writer answered');
        }, 3000); // a loaded PC may take a while to run a hidden tab's message handler
        return;
      }
      become();
    };
    var become = function () {
      if (T.role === 1 || T.becoming || (T.useLocks && !T.lockHeld) || !leaseFree()) return;
      T.becoming = true;
      renewLease();
      if (T.role !== 3) setRole(3, 'lease free');
      var claimed = function () {
        kstthcTabs.claim(function (epoch) {
          T.epoch = epoch;
          T.claimBase = kstthcTabs.mirrored();
          T.reload(function () { T.becoming = false; setRole(1, 'epoch ' + epoch); });
        });
      };
      if (Module['kstthcMounted'] || Module['kstthcMountFailed']) claimed();
      else T.afterMount = claimed;
    };
    // This tab learnt that another became the writer meanwhile: it stops writing at once.
    T.fence = function (why) {
      if (T.role !== 1) return;
      releaseLock();
      dropLease();
      setRole(4, 'another tab became the writer: ' + why);
    };
    T.stale = function () { return T.role === 1 && T.epoch > 0 && kstthcTabs.mirrored() > T.epoch; };
    T.follow = function () {
      if (T.role !== 4) return;
      setRole(2, 'follows');
      T.reload(null);
    };
    var lockGranted = function (lock) {
      if (!lock) { if (T.role === 0) setRole(2, 'lock held elsewhere'); return undefined; }
      return new Promise(function (resolve) {
        T.releaseLock = resolve;
        T.lockHeld = true;
        tryBecome();
        if (T.role === 0) setRole(2, 'a lease of another tab'); // a writer without Web Locks holds the lease: wait for it
      });
    };
    T.requestLock = function (wait) {
      navigator.locks.request('kstthc-writer', { ifAvailable: !wait }, lockGranted);
    };
    var tick = function () {
      if (T.role === 1) {
        holdOrFence();
      } else if ((T.role === 2 || T.role === 3) && !(Date.now() - (T.steppedDownAt || 0) < 6000)) {
        tryBecome();
      }
    };
    if (T.useLocks) T.requestLock(false);
    else if (leaseFree()) tryBecome();
    else setRole(2, 'a lease of another tab');
    setInterval(tick, 2000);
    if (channel) channel.onmessage = function (e) {
      var m = e.data || {};
      if (m['type'] === 'saved' && T.role === 2) T.reload(null);
      if (m['type'] === 'saved' && T.role === 1 && T.stale()) T.fence('it saved');
      if (m['type'] === 'released' && T.role === 3) tryBecome();
      if (m['type'] === 'probe' && T.role === 1) holdOrFence(function () { T.post({ 'type': 'writing' }); });
      if (m['type'] === 'writing') T.answered = true;
      if (m['type'] === 'takeover' && T.role === 1 && !T.stepping) {
        T.stepping = true;
        _kstthc_step_down(); // the app writes what is pending and pushes it
        var waitPushed = function () {
          if (Module['kstthcPushing']) { setTimeout(waitPushed, 50); return; }
          T.stepping = false;
          T.steppedDownAt = Date.now();
          releaseLock();
          dropLease();
          if (T.role === 1) setRole(2, 'stepped down');
          T.post({ 'type': 'released' });
        };
        waitPushed();
      }
    };
    window.addEventListener('pagehide', function () { if (T.role === 1) dropLease(); });
  },

  js_tabs_take_over: function () {
    var T = Module['kstthcTabs'];
    if (!T || T.role === 1 || T.role === 3) return;
    T.role = 3;
    _kstthc_tab_role(3);
    T.steppedDownAt = 0;
    T.post({ 'type': 'takeover' }); // the writer saves, steps down and says 'released'
    if (T.useLocks && !T.lockHeld) T.requestLock(true);
  },

  js_tabs_follow: function () {
    var T = Module['kstthcTabs'];
    if (T) T.follow();
  },

  // Pushes memory to IndexedDB; the result (checked, never ignored) goes back to C++.
  js_storage_push__deps: ['$FS'],
  js_storage_push: function () {
    Module['kstthcPushing'] = true;
    var answered = false;
    // A push that never answers (a browser that drops the transaction) is a failure after 10 s; a late answer
    // is then ignored, and the next push (the app retries) writes everything again.
    var watchdog = setTimeout(function () {
      if (answered) return;
      answered = true;
      Module['kstthcPushing'] = false;
      Module['kstthcStorageError'] = 'IndexedDB did not answer';
      _kstthc_storage_pushed(0);
    }, 10000);
    var result = function (err) {
      if (answered) return;
      answered = true;
      clearTimeout(watchdog);
      Module['kstthcPushing'] = false;
      var T = Module['kstthcTabs'];
      if (err && err.name === 'KstthcFenced') { // not a storage failure: this tab must not write any more
        if (T) T.fence('newer epoch stored');
        _kstthc_storage_pushed(2);
        return;
      }
      Module['kstthcStorageError'] = err ? String((err && (err.name || err.message)) || err) : '';
      if (!err && T && T.post) T.post({ 'type': 'saved' });
      _kstthc_storage_pushed(err ? 0 : 1);
    };
    try {
      FS.syncfs(false, result);
    } catch (e) {
      result(e || new Error('syncfs'));
    }
  },

  // The journal of unsaved edits, in localStorage (synchronous: an edit kept here survives the tab closing or
  // crashing a moment later). Keys "kstthc-journal:<plan id>".
  js_journal_read: function (planId) {
    var t = null;
    try { t = localStorage.getItem('kstthc-journal:' + UTF8ToString(planId)); } catch (e) { t = null; }
    if (t === null) return 0;
    var n = lengthBytesUTF8(t) + 1, p = _malloc(n);
    stringToUTF8(t, p, n);
    return p;
  },
  js_journal_write: function (planId, text) {
    var T = Module['kstthcTabs'];
    if (T && T.stale()) {
      T.fence('newer epoch, journal'); // the journal is the new writer's now: not written over (edits stay here)
      return 1;
    }
    try {
      localStorage.setItem('kstthc-journal:' + UTF8ToString(planId), UTF8ToString(text));
      return 1;
    } catch (e) {
      console.warn('kstthc: journal not written: ' + e);
      return 0;
    }
  },
  js_journal_remove: function (planId) {
    try { localStorage.removeItem('kstthc-journal:' + UTF8ToString(planId)); } catch (e) { }
  },
  js_journal_plans: function () {
    var ids = [];
    try {
      for (var i = 0; i < localStorage.length; i++) {
        var k = localStorage.key(i);
        if (k && k.indexOf('kstthc-journal:') === 0) ids.push(k.slice(15));
      }
    } catch (e) { }
    var s = ids.join('\n'), n = lengthBytesUTF8(s) + 1, p = _malloc(n);
    stringToUTF8(s, p, n);
    return p;
  },

  // Persistence and space as three numbers (persisted 0/1, usage, quota; -1 unknown) into out[0..2].
  js_storage_info: function (out) {
    var S = Module['kstthcStorageInfo'] || { persisted: false, usage: -1, quota: -1 };
    if (navigator.storage && navigator.storage.estimate) {
      navigator.storage.estimate().then(function (e) { S.usage = e.usage; S.quota = e.quota; }, function () { });
    }
    HEAPF64[(out >> 3)] = S.persisted ? 1 : 0;
    HEAPF64[(out >> 3) + 1] = typeof S.usage === 'number' ? S.usage : -1;
    HEAPF64[(out >> 3) + 2] = typeof S.quota === 'number' ? S.quota : -1;
  },

  js_storage_error: function () {
    var s = Module['kstthcStorageError'] || '';
    var n = lengthBytesUTF8(s) + 1, p = _malloc(n);
    stringToUTF8(s, p, n);
    return p;
  },

  js_update_ready: function () { return Module['kstthcUpdateReady'] ? 1 : 0; },

  // The user chose to switch to the new version: the waiting service worker takes over, then the page reloads.
  js_apply_update: function () {
    Module['kstthcUpdateAccepted'] = true;
    var go = function () {
      if (Module['kstthcPushing']) { setTimeout(go, 50); return; } // the last edits reach IndexedDB first
      var w = Module['kstthcWaitingWorker'];
      if (w) w.postMessage('kstthc-update');
      else location.reload();
    };
    go();
  },

  js_set_unsaved: function (unsaved) { Module['kstthcUnsaved'] = !!unsaved; },

  js_set_title: function (title) { document.title = UTF8ToString(title); },

  // Merges a JSON object into window.__kstthc, the surface the tests read.
  js_publish: function (json) {
    var w = window['__kstthc'] = window['__kstthc'] || {};
    var s = JSON.parse(UTF8ToString(json));
    for (var k in s) w[k] = s[k];
  },

  // Whether a test asked for the full test surface (it sets window.__kstthcTest before the page loads).
  js_test_wanted: function () { return window['__kstthcTest'] ? 1 : 0; },

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

  // A report rendered by the report module (report.js + report.wasm, src/report_main.cpp), loaded the first
  // time and kept: the print page goes to a hidden frame and the browser's print dialog, a .docx or CSV is
  // downloaded. The outcome goes back to the app (kstthc_report_done: 0 done, 1 not loaded, 2 not made).
  js_report_render: function (plan, id, format) {
    var planText = UTF8ToString(plan), reportId = UTF8ToString(id);
    var done = function (outcome) { _kstthc_report_done(outcome); };
    if (!Module['kstthcReport']) {
      Module['kstthcReport'] = new Promise(function (resolve, reject) {
        var start = function () {
          var factory = window['KstthcReport'];
          if (!factory) { reject(new Error('report.js')); return; }
          // Wrapped: the module object must not be taken for a promise itself.
          factory({}).then(function (m) { resolve({ m: m }); }, reject);
        };
        // The single-file build carries the module inline; the normal build loads report.js once.
        if (window['KstthcReport']) { start(); return; }
        var script = document.createElement('script');
        script.src = 'report.js';
        script.onload = start;
        script.onerror = function () { script.remove(); reject(new Error('report.js')); };
        document.head.appendChild(script);
      });
    }
    Module['kstthcReport'].then(function (loaded) {
      var R = loaded.m, text = function (str) {
        var n = R['lengthBytesUTF8'](str) + 1, p = R['_malloc'](n);
        R['stringToUTF8'](str, p, n);
        return p;
      };
      var bytes = null, name = '';
      try {
        var pp = text(planText), ip = text(reportId), out = R['_malloc'](8);
        var data = R['_kstthc_render_report'](pp, ip, format, out, out + 4);
        if (data) {
          var size = R['HEAP32'][out >> 2], namePtr = R['HEAP32'][(out + 4) >> 2];
          bytes = R['HEAPU8'].slice(data, data + size);
          name = R['UTF8ToString'](namePtr);
          R['_free'](data);
          R['_free'](namePtr);
        }
        R['_free'](pp);
        R['_free'](ip);
        R['_free'](out);
      } catch (e) { // the module aborted (out of memory): loaded afresh next time
        console.warn('kstthc: report: ' + e);
        Module['kstthcReport'] = null;
      }
      if (!bytes) { done(2); return; }
      if (format === 0) {
        var frame = document.getElementById('kstthc-print');
        if (!frame) {
          frame = document.createElement('iframe');
          frame.id = 'kstthc-print';
          frame.title = name;
          frame.style.cssText = 'position:fixed;right:0;bottom:0;width:0;height:0;border:0';
          document.body.appendChild(frame);
        }
        frame.onload = function () {
          frame.onload = null;
          try { frame.contentWindow.focus(); frame.contentWindow.print(); } catch (e) { }
          done(0);
        };
        frame.srcdoc = new TextDecoder().decode(bytes);
        return;
      }
      var a = document.createElement('a');
      a.href = URL.createObjectURL(new Blob([bytes], { type: format === 1 ?
        'application/vnd.openxmlformats-officedocument.wordprocessingml.document' : 'text/csv;charset=utf-8' }));
      a.download = name;
      document.body.appendChild(a);
      a.click();
      setTimeout(function () { URL.revokeObjectURL(a.href); a.remove(); }, 1000);
      done(0);
    }, function (e) {
      console.warn('kstthc: report module: ' + e);
      Module['kstthcReport'] = null;
      done(1);
    });
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
