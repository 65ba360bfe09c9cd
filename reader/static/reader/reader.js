/* The reader's phone: registers the service worker, and runs "Save for offline", My list and Share.
   Every control it uses is hidden in the HTML until this script shows it; without it the page works. */
(function () {
  'use strict';
  var LIST = 'niv:my-list';
  var SAVED = 'niv:saved';
  var sw = 'serviceWorker' in navigator && window.isSecureContext;

  function all(selector, root) { return Array.prototype.slice.call((root || document).querySelectorAll(selector)); }
  function read(key) { try { return JSON.parse(localStorage.getItem(key)) || []; } catch (e) { return []; } }
  function write(key, value) { try { localStorage.setItem(key, JSON.stringify(value)); return true; } catch (e) { return false; } }
  function show(el) { var p = el.closest('.js-only') || el; p.hidden = false; el.hidden = false; }
  function fill(template, values) { return template.replace(/\{(\w+)\}/g, function (m, k) { return values[k]; }); }

  function ask(message) {
    return navigator.serviceWorker.ready.then(function (registration) {
      return new Promise(function (resolve) {
        var channel = new MessageChannel();
        channel.port1.onmessage = function (event) { resolve(event.data); };
        registration.active.postMessage(message, [channel.port2]);
      });
    });
  }

  if (sw) navigator.serviceWorker.register('/sw.js', {scope: '/'}).catch(function () {});
  var hasStorage = write('niv:probe', 1);
  all('.js-needed').forEach(function (el) { el.hidden = true; });

  /* Save for offline (topic pages) */
  all('[data-save-offline]').forEach(function (button) {
    if (!sw) return;
    show(button);
    var status = button.parentNode.querySelector('[data-save-status]');
    button.addEventListener('click', function () {
      status.textContent = button.dataset.saving;
      fetch(button.dataset.saveOffline).then(function (r) { if (!r.ok) throw r; return r.json(); })
        .then(function (data) {
          return ask({type: 'save', urls: data.urls}).then(function (result) {
            var kept = read(SAVED).filter(function (i) { return data.urls.indexOf(i.url) < 0; });
            data.items.forEach(function (item) {
              if (item.kind !== 'support') kept.push({url: item.url, title: item.title, lang: document.documentElement.lang});
            });
            write(SAVED, kept);
            status.textContent = fill(button.dataset.saved, {count: result.count, size: Math.round(result.bytes / 1024)});
          });
        })
        .catch(function () { status.textContent = button.dataset.failed; });
    });
  });

  /* My list */
  function inList(url) { return read(LIST).some(function (i) { return i.url === url; }); }
  function mark(button) {
    var saved = inList(button.dataset.url);
    button.setAttribute('aria-pressed', saved ? 'true' : 'false');
    if (!button.dataset.label) button.dataset.label = button.textContent;
    button.textContent = saved ? button.dataset.added : button.dataset.label;
  }
  function keepOffline(urls) {
    if (sw) ask({type: 'save', urls: urls}).catch(function () {});
  }
  function addAll(buttons) {
    var list = read(LIST);
    buttons.forEach(function (b) {
      if (list.some(function (i) { return i.url === b.dataset.url; })) return;
      list.push({url: b.dataset.url, title: b.dataset.title, kind: b.dataset.kind, lang: b.dataset.lang});
    });
    write(LIST, list);
    var link = document.querySelector('[data-my-list-link]');
    keepOffline(buttons.map(function (b) { return b.dataset.url; }).concat(link ? [link.getAttribute('href')] : []));
    all('[data-my-list-add]').forEach(mark);
  }
  all('[data-my-list-add]').forEach(function (button) {
    if (!hasStorage) return;
    show(button);
    mark(button);
    button.addEventListener('click', function () {
      if (inList(button.dataset.url)) {
        write(LIST, read(LIST).filter(function (i) { return i.url !== button.dataset.url; }));
        mark(button);
      } else {
        addAll([button]);
      }
    });
  });
  all('[data-my-list-add-all]').forEach(function (button) {
    if (!hasStorage) return;
    show(button);
    button.addEventListener('click', function () { addAll(all('[data-my-list-add]')); });
  });

  function renderList(ul, items, removeLabel, onRemove) {
    ul.textContent = '';
    items.forEach(function (item) {
      var li = document.createElement('li');
      var a = document.createElement('a');
      a.href = new URL(item.url, location.href).href;
      a.textContent = item.title || item.url;
      if (item.lang) a.lang = item.lang;
      li.appendChild(a);
      if (removeLabel) {
        var remove = document.createElement('button');
        remove.type = 'button';
        remove.className = 'no-print link-button';
        remove.textContent = removeLabel;
        remove.addEventListener('click', function () { onRemove(item); });
        li.appendChild(document.createTextNode(' '));
        li.appendChild(remove);
      }
      ul.appendChild(li);
    });
  }

  var myList = document.querySelector('[data-my-list]');
  if (myList && hasStorage) {
    var ul = myList.querySelector('[data-my-list-items]');
    var empty = myList.querySelector('[data-my-list-empty]');
    var draw = function () {
      var items = read(LIST);
      renderList(ul, items, myList.dataset.remove, function (item) {
        write(LIST, read(LIST).filter(function (i) { return i.url !== item.url; }));
        draw();
      });
      empty.hidden = items.length > 0;
    };
    myList.hidden = false;
    draw();
    myList.querySelector('[data-print]').addEventListener('click', function () { window.print(); });
    myList.querySelector('[data-my-list-clear]').addEventListener('click', function (event) {
      if (window.confirm(event.currentTarget.dataset.confirm)) { write(LIST, []); draw(); }
    });
  }

  /* The offline page: what is saved on this phone */
  var savedList = document.querySelector('[data-saved-list]');
  if (savedList) {
    var lang = savedList.dataset.lang;
    var saved = read(SAVED).filter(function (i) { return i.lang === lang; });
    if (saved.length) {
      renderList(savedList, saved);
      savedList.hidden = false;
      document.querySelector('[data-saved-none]').hidden = true;
    }
  }

  /* Share */
  all('[data-share]').forEach(function (box) {
    var status = box.querySelector('[data-share-status]');
    var native = box.querySelector('[data-share-native]');
    var data = {title: box.dataset.title, text: box.dataset.text, url: box.dataset.url};
    if (navigator.share && (!navigator.canShare || navigator.canShare(data))) {
      show(native);
      box.querySelector('[data-share-links]').hidden = true;
      native.addEventListener('click', function () { navigator.share(data).catch(function () {}); });
    }
    var copy = box.querySelector('[data-copy-link]');
    if (navigator.clipboard && window.isSecureContext) {
      show(copy);
      copy.addEventListener('click', function () {
        navigator.clipboard.writeText(data.url).then(function () { status.textContent = copy.dataset.copied; });
      });
    }
  });
})();
