/* KubeLift report tables. Plain JavaScript, no libraries. Rows come from the JSON data island and only the current
   page is in the DOM, so a large estate stays fast. Inventory text is only ever set as textContent, never parsed as
   HTML, so a VM name cannot become markup. */
(function () {
  'use strict';
  var PAGE = 50;
  var data = JSON.parse(document.getElementById('kubelift-data').textContent);
  var GRADES = data.grades;

  function columns(names) {
    var index = {};
    names.forEach(function (n, i) { index[n] = i; });
    return index;
  }
  var V = columns(data.vmColumns);
  var A = columns(data.appColumns);
  var DIMS = ['imageMigration', 'configuration', 'reliability', 'maintenance'];

  /* el('td', {class: 'x'}, ['text', node]): strings become text nodes. */
  function el(tag, attrs, children) {
    var e = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) { e.setAttribute(k, attrs[k]); });
    (children || []).forEach(function (c) {
      if (c !== null && c !== undefined) {
        e.appendChild(typeof c === 'string' ? document.createTextNode(c) : c);
      }
    });
    return e;
  }
  function badge(name) {
    return el('span', {class: 'badge g-' + name.toLowerCase()}, [name]);
  }
  /* Rubric prose: `code` spans become <code>, built node by node. */
  function prose(text) {
    var span = el('span');
    text.split('`').forEach(function (part, i) {
      span.appendChild(i % 2 ? el('code', {}, [part]) : document.createTextNode(part));
    });
    return span;
  }
  /* Only relative paths without a scheme, or web addresses, become links. */
  function safeHref(href) {
    return typeof href === 'string' && (/^https?:\/\//i.test(href) || /^[A-Za-z0-9._~\/-]+$/.test(href))
      && href.indexOf('..') < 0;
  }
  function text(v) {
    return v === null || v === undefined ? '—' : String(v);
  }

  /* A message template with its {placeholders} filled in from values, in order. */
  function render(template, values) {
    var i = 0;
    return template.replace(/\{[^}]*\}/g, function () { return String(values[i++]); });
  }
  /* A row's findings, fired and undecided, as {rule, fired, message}, in rule order (the data states each rule's
     texts and each set of undecided findings once; see DataIsland). */
  function expand(undecided, fired) {
    var out = [];
    fired.forEach(function (f) {
      var rule = data.rules[f[0]];
      var message = typeof f[1] === 'string' ? f[1] : (f[1] || [[]]).map(function (values) {
        return render(rule.message, values);
      }).join('; ') + (f[2] ? '; and ' + f[2] + ' more' : '');
      out.push({rule: f[0], fired: true, message: message});
    });
    (undecided === null ? [] : data.undecided[undecided]).forEach(function (u) {
      out.push({rule: u[0], fired: false, message: u[1]});
    });
    return out.sort(function (x, y) { return x.rule - y.rule; });
  }
  /* Why live migration is decided as it is: the fired blocking rules, else the undecided ones, else the caveats. */
  function liveReasons(findings) {
    function pick(live, fired) {
      return findings.filter(function (f) { return data.rules[f.rule].live === live && f.fired === fired; });
    }
    var blocks = pick('blocks', true);
    var unknown = pick('blocks', false);
    var chosen = blocks.length ? blocks : unknown.length ? unknown : pick('caveat', true);
    return chosen.map(function (f) { return data.rules[f.rule].id + ': ' + f.message; });
  }

  function findingsBlock(findings) {
    var box = el('div');
    data.dimensions.forEach(function (label, d) {
      var own = findings.filter(function (f) { return data.rules[f.rule].dimension === d; });
      if (!own.length) {
        return;
      }
      own.sort(function (x, y) { return rank(data.rules[y.rule].rating) - rank(data.rules[x.rule].rating); });
      var section = el('div', {class: 'dim'}, [el('h4', {}, [label])]);
      own.forEach(function (f) { section.appendChild(finding(f)); });
      box.appendChild(section);
    });
    if (!findings.length) {
      box.appendChild(el('p', {}, ['No rule fired.']));
    }
    return box;
  }
  function rank(rating) {
    return ['EASY', 'MEDIUM', 'HARD'].indexOf(rating);
  }
  function finding(f) {
    var rule = data.rules[f.rule];
    var fired = f.fired;
    var head = el('div', {class: 'finding-head'}, [badge(rule.rating), el('code', {}, [rule.id]),
      el('strong', {}, [rule.title]),
      rule.blocker && fired ? el('span', {class: 'tag blocker'}, ['blocker']) : null,
      fired ? null : el('span', {class: 'tag'}, ['not decided: facts missing'])]);
    var refs = el('ul', {class: 'refs'});
    rule.references.forEach(function (r) {
      if (safeHref(r)) {
        refs.appendChild(el('li', {}, [el('a', {href: r, rel: 'noopener noreferrer', target: '_blank'}, [r])]));
      }
    });
    return el('div', {class: 'finding ' + (fired ? 'fired' : 'undecided')}, [head,
      el('p', {class: 'msg'}, [f.message]),
      el('p', {class: 'why'}, [el('strong', {}, ['Why it matters. ']), prose(rule.rationale)]),
      el('p', {class: 'why'}, [el('strong', {}, ['What to do. ']), prose(rule.remediation)]),
      rule.references.length ? refs : null]);
  }

  function source(r) {
    return data.files[r[V.file]] + r[V.at];
  }
  function vmDetail(r) {
    var live = r[V.liveMigratable] === 1 ? 'yes' : r[V.liveMigratable] === 0 ? 'no' : 'unknown';
    var meta = el('ul', {class: 'detail-meta'}, [
      el('li', {}, ['Read from ', el('code', {}, [source(r)])]),
      el('li', {}, ['Live migration: ' + live])]);
    var findings = expand(r[V.undecided], r[V.findings]);
    liveReasons(findings).forEach(function (reason) { meta.appendChild(el('li', {}, ['– ' + reason])); });
    return el('div', {}, [meta, findingsBlock(findings)]);
  }
  function appDetail(r) {
    var members = el('li', {}, ['VMs: ' + (r[A.vms].join(', ') || 'none') + ' ']);
    var show = el('button', {type: 'button', class: 'link'}, ['show them in the VM table']);
    show.addEventListener('click', function (e) {
      e.stopPropagation();
      vmTable.setFilter('vm-app', r[A.name]);
      document.getElementById('vms').scrollIntoView();
    });
    members.appendChild(show);
    var meta = el('ul', {class: 'detail-meta'}, [members,
      r[A.missing].length ? el('li', {}, ['Members no input contained: ' + r[A.missing].join(', ')]) : null,
      el('li', {}, ['HA pattern: ' + text(r[A.pattern])])]);
    return el('div', {}, [meta, el('h4', {}, ['Application rules']), findingsBlock(expand(r[A.undecided], r[A.findings]))]);
  }

  function gradeCell(i) {
    return function (r) { return el('td', {}, [badge(GRADES[r[i]])]); };
  }
  /* Names stay on one line unless they are long enough to stretch the table. */
  function plainCell(i, cls) {
    return function (r) {
      var t = text(r[i]);
      var c = (cls || '') + (t.length > 32 ? ' long' : '');
      return el('td', c.trim() ? {class: c.trim()} : {}, [t]);
    };
  }
  function yesNo(i) {
    return function (r) { return el('td', {}, [r[i] === 1 ? 'yes' : r[i] === 0 ? 'no' : 'unknown']); };
  }
  function planCell(r) {
    var href = r[A.plan];
    return el('td', {}, [safeHref(href) ? el('a', {href: href}, ['runbook']) : '—']);
  }
  function confidenceCell(i) {
    return function (r) { return el('td', {class: 'num'}, [r[i].toFixed(2)]); };
  }

  function Table(opts) {
    this.o = opts;
    this.rows = opts.rows;
    this.order = opts.rows.map(function (_, i) { return i; });
    this.view = this.order.slice();
    this.page = 0;
    this.open = -1;
    this.sortKey = null;
    this.sortDir = 1;
    var self = this;
    this.body = document.querySelector('#' + opts.id + ' tbody');
    document.querySelectorAll('#' + opts.id + ' th[data-key] button').forEach(function (b) {
      b.addEventListener('click', function () { self.sort(b.parentNode); });
    });
    opts.filters.forEach(function (id) {
      var input = document.getElementById(id);
      input.addEventListener(input.tagName === 'INPUT' ? 'input' : 'change', function () { self.filter(); });
    });
    this.filter();
  }
  Table.prototype.setFilter = function (id, value) {
    document.getElementById(id).value = value;
    this.filter();
  };
  Table.prototype.filter = function () {
    var self = this;
    var values = {};
    this.o.filters.forEach(function (id) { values[id] = document.getElementById(id).value; });
    this.view = this.order.filter(function (i) { return self.o.accept(self.rows[i], values, i); });
    this.page = 0;
    this.render();
  };
  Table.prototype.sort = function (th) {
    var key = th.getAttribute('data-key');
    this.sortDir = this.sortKey === key ? -this.sortDir : 1;
    this.sortKey = key;
    document.querySelectorAll('#' + this.o.id + ' th[data-key]').forEach(function (h) {
      h.setAttribute('aria-sort', 'none');
    });
    th.setAttribute('aria-sort', this.sortDir > 0 ? 'ascending' : 'descending');
    var value = this.o.sortValue(key);
    var rows = this.rows;
    var dir = this.sortDir;
    this.order.sort(function (x, y) {
      var a = value(rows[x]);
      var b = value(rows[y]);
      var c = a === b ? 0 : a === null ? 1 : b === null ? -1
        : typeof a === 'number' ? (a < b ? -1 : 1) : String(a).localeCompare(String(b));
      return c !== 0 ? c * dir : x - y;
    });
    this.filter();
  };
  Table.prototype.render = function () {
    var self = this;
    var total = this.view.length;
    var pages = Math.max(1, Math.ceil(total / PAGE));
    var start = this.page * PAGE;
    var frag = document.createDocumentFragment();
    this.view.slice(start, start + PAGE).forEach(function (i) {
      var r = self.rows[i];
      var tr = el('tr', {class: 'row' + (self.open === i ? ' open' : ''), tabindex: '0',
        'aria-expanded': String(self.open === i), 'data-name': r[0]});
      self.o.cells.forEach(function (cell) { tr.appendChild(cell(r)); });
      tr.addEventListener('click', function () { self.toggle(i); });
      tr.addEventListener('keydown', function (e) {
        if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); self.toggle(i); }
      });
      frag.appendChild(tr);
      if (self.open === i) {
        frag.appendChild(el('tr', {class: 'detail'}, [el('td', {colspan: String(self.o.cells.length)},
          [self.o.detail(r)])]));
      }
    });
    this.body.replaceChildren(frag);
    document.getElementById(this.o.id.replace('table', 'count')).textContent =
      total + ' of ' + this.rows.length + ' ' + this.o.noun;
    this.pager(pages, start, total);
  };
  Table.prototype.toggle = function (i) {
    this.open = this.open === i ? -1 : i;
    this.render();
  };
  /* Opens the first row the test accepts, wherever filters and pages had put it, and brings it into view. */
  Table.prototype.reveal = function (accept) {
    var i = -1;
    this.rows.forEach(function (r, k) { if (i < 0 && accept(r)) { i = k; } });
    if (i < 0) {
      return;
    }
    this.o.filters.forEach(function (id) { document.getElementById(id).value = ''; });
    this.open = i;
    this.filter();
    this.page = Math.floor(this.view.indexOf(i) / PAGE);
    this.render();
    var row = this.body.querySelector('tr.open');
    row.scrollIntoView({block: 'center', behavior: 'instant'});
    row.focus({preventScroll: true});
  };
  Table.prototype.pager = function (pages, start, total) {
    var self = this;
    var box = document.getElementById(this.o.id.replace('table', 'pager'));
    if (pages <= 1) {
      box.replaceChildren();
      return;
    }
    var prev = el('button', {type: 'button'}, ['Previous']);
    var next = el('button', {type: 'button'}, ['Next']);
    prev.disabled = this.page === 0;
    next.disabled = this.page >= pages - 1;
    prev.addEventListener('click', function () { self.page--; self.render(); });
    next.addEventListener('click', function () { self.page++; self.render(); });
    box.replaceChildren(el('span', {}, [(start + 1) + '–' + Math.min(start + PAGE, total) + ' of ' + total]),
      prev, next);
  };

  function ratingOk(value, overall, blocked) {
    return !value || (value === 'blocked' ? blocked === 1 : GRADES[overall] === value);
  }
  /* Lower-case search text per row, built on first use. */
  function searcher(rows, parts) {
    var cache = [];
    return function (i, needle) {
      if (!needle) {
        return true;
      }
      if (cache[i] === undefined) {
        cache[i] = parts(rows[i]).join(' ').toLowerCase();
      }
      return cache[i].indexOf(needle.toLowerCase()) >= 0;
    };
  }
  /* Each set of undecided findings' rule ids, joined once: 100,000 rows share a few hundred sets. */
  var undecidedIds = data.undecided.map(function (set) {
    return set.map(function (u) { return data.rules[u[0]].id; }).join(' ');
  });
  /* The ids of the rules that fired on a row or could not be decided, for the text search. */
  function ruleIds(undecided, fired) {
    var ids = fired.map(function (f) { return data.rules[f[0]].id; });
    if (undecided !== null) {
      ids.push(undecidedIds[undecided]);
    }
    return ids;
  }
  function sortBy(index) {
    return function (key) {
      var i = index[key] !== undefined ? index[key] : index[DIMS[Number(key.slice(1))]];
      return function (r) { return Array.isArray(r[i]) ? r[i].length : r[i]; };
    };
  }

  var vmSearch = searcher(data.vms, function (r) {
    return [r[V.name], r[V.application] || '', r[V.role] || '', source(r)].concat(ruleIds(r[V.undecided],
      r[V.findings]));
  });
  var vmTable = new Table({id: 'vm-table', noun: 'VMs', rows: data.vms, filters: ['vm-rating', 'vm-app', 'vm-text'],
    accept: function (r, f, i) {
      var app = f['vm-app'];
      return ratingOk(f['vm-rating'], r[V.overall], r[V.blocked])
        && (!app || (app === '-' ? r[V.application] === null : r[V.application] === app))
        && vmSearch(i, f['vm-text']);
    },
    sortValue: sortBy(V),
    cells: [plainCell(V.name, 'name'), plainCell(V.application), plainCell(V.role)]
      .concat(DIMS.map(function (d) { return gradeCell(V[d]); }))
      .concat([gradeCell(V.overall), yesNo(V.blocked), confidenceCell(V.confidence), yesNo(V.liveMigratable),
        plainCell(V.diskGiB, 'num')]),
    detail: vmDetail});

  /* Links to #vm=NAME (the VMs the capacity fit names) open that VM in the table; so does such an address. Where
     VMs share a name, &at=SOURCE says which (both parts are URI-encoded, so neither holds a raw '&'). */
  function followHash() {
    var hash = location.hash;
    if (hash.indexOf('#vm=') === 0) {
      try {
        var parts = hash.slice(4).split('&at=');
        var name = decodeURIComponent(parts[0]);
        var at = parts.length > 1 ? decodeURIComponent(parts[1]) : null;
        vmTable.reveal(function (r) { return r[V.name] === name && (at === null || r[V.source] === at); });
      } catch (e) {
        /* a malformed address opens nothing */
      }
    }
  }
  window.addEventListener('hashchange', followHash);
  document.addEventListener('click', function (e) {
    var a = e.target.closest('a[href^="#vm="]');
    if (a && a.getAttribute('href') === location.hash) {
      e.preventDefault();
      followHash();
    }
  });
  followHash();

  var appSearch = searcher(data.apps, function (r) {
    return [r[A.name], r[A.pattern] || ''].concat(r[A.vms], ruleIds(r[A.undecided], r[A.findings]));
  });
  new Table({id: 'app-table', noun: 'applications', rows: data.apps, filters: ['app-rating', 'app-text'],
    accept: function (r, f, i) {
      return ratingOk(f['app-rating'], r[A.overall], r[A.blocked]) && appSearch(i, f['app-text']);
    },
    sortValue: sortBy(A),
    cells: [plainCell(A.name, 'name'), plainCell(A.pattern), function (r) {
      return el('td', {class: 'num'}, [String(r[A.vms].length)]);
    }].concat(DIMS.map(function (d) { return gradeCell(A[d]); }))
      .concat([gradeCell(A.overall), yesNo(A.blocked), confidenceCell(A.confidence), planCell]),
    detail: appDetail});
})();
