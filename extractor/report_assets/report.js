// rilis report: draws the charts, the table and the article views from the
// JSON block of this page. Plain DOM and SVG, no library, no network.
// Data is only ever put into the page as text (textContent, setAttribute),
// never parsed as HTML: article texts may contain anything.
(function () {
  "use strict";

  const started = performance.now();
  const raw = JSON.parse(document.getElementById("rilis-data").textContent);
  const parsedAt = performance.now();

  // ------------------------------------------------------------ data

  function objects(table) {
    const columns = table.columns;
    return table.rows.map(function (row) {
      const o = {};
      for (let i = 0; i < columns.length; i++) o[columns[i]] = row[i];
      return o;
    });
  }

  const articles = objects(raw.articles);
  const articleById = new Map(articles.map(function (a) { return [a.id, a]; }));
  const facilityByName = new Map(objects(raw.facilities).map(function (f) { return [f.name, f]; }));
  const rows = objects(raw.partnerships);
  const vocab = raw.vocabulary;
  const NO_FACILITY = "(no facility named)";
  const UNKNOWN = "unknown";

  function articleLabel(a) {
    if (!a) return "";
    return a.title || a.source || a.id;
  }

  rows.forEach(function (r) {
    const a = articleById.get(r.article_id);
    r.sourceLabel = articleLabel(a);
    r.haystack = [r.facility, r.partner, r.partner_kind, r.activity, r.type, r.status, r.date,
                  r.source, a && a.title, a && a.outlet].filter(Boolean).join(" \u0001 ").toLowerCase();
  });

  // ------------------------------------------------------------ colours

  const LABEL_COLORS = {
    facility: "#1f77b4", partner: "#d62728", official: "#9467bd",
    date: "#2ca02c", engagement: "#e07b00", agreement: "#8c564b",
  };
  const TEN = ["#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f",
               "#edc948", "#b07aa1", "#ff9da7", "#9c755f", "#bab0ac"];
  const TWENTY_TWO = ["#1f77b4", "#aec7e8", "#ff7f0e", "#ffbb78", "#2ca02c", "#98df8a",
                      "#d62728", "#ff9896", "#9467bd", "#c5b0d5", "#8c564b", "#c49c94",
                      "#e377c2", "#f7b6d2", "#7f7f7f", "#c7c7c7", "#bcbd22", "#dbdb8d",
                      "#17becf", "#9edae5", "#393b79", "#637939"];
  const STATUS_COLORS = { signed: "#116329", ongoing: "#6639ba", planned: "#0969da", proposed: "#bf8700" };
  const SHAPES = { mou: "diamond", pks: "square", kerja_sama: "triangle" };

  function paletteFor(values, palette) {
    const m = {};
    values.forEach(function (v, i) { m[v] = palette[i % palette.length]; });
    return m;
  }
  const ENGAGEMENT_COLORS = paletteFor(vocab.engagement_types, TEN);
  const KIND_COLORS = paletteFor(vocab.partner_kinds, TWENTY_TWO);

  // ------------------------------------------------------------ helpers

  const SVG_NS = "http://www.w3.org/2000/svg";

  function el(tag, className, text) {
    const n = document.createElement(tag);
    if (className) n.className = className;
    if (text !== undefined && text !== null) n.textContent = text;
    return n;
  }

  function svg(tag, attrs, parent) {
    const n = document.createElementNS(SVG_NS, tag);
    for (const k in attrs) n.setAttribute(k, attrs[k]);
    if (parent) parent.appendChild(n);
    return n;
  }

  function svgTitle(parent, text) {
    svg("title", {}, parent).textContent = text;
  }

  function articleLink(id, text) {
    const a = el("a", null, text);
    a.setAttribute("href", "#article/" + encodeURIComponent(id));
    return a;
  }

  function shorten(text, n) {
    return text.length > n ? text.slice(0, n - 1) + "\u2026" : text;
  }

  function tokens(query) {
    return query.toLowerCase().split(/\s+/).filter(Boolean);
  }

  function countBy(values) {
    const m = new Map();
    values.forEach(function (v) { m.set(v, (m.get(v) || 0) + 1); });
    return m;
  }

  function swatch(color) {
    const s = el("span", "swatch");
    s.style.background = color;
    return s;
  }

  function legendKey(parent, marker, label) {
    const k = el("span", "key");
    k.appendChild(marker);
    k.appendChild(document.createTextNode(label));
    parent.appendChild(k);
  }

  function chartWidth(node) {
    return Math.max(320, Math.floor(node.clientWidth || node.parentNode.clientWidth || 900));
  }

  // ------------------------------------------------------------ overview

  const facilityFilter = document.getElementById("facility-filter");
  const CHART_FACILITIES = 30;

  function facilityOf(r) { return r.facility || NO_FACILITY; }

  function matchingRows() {
    const words = tokens(facilityFilter.value);
    if (!words.length) return rows;
    return rows.filter(function (r) {
      const name = facilityOf(r).toLowerCase();
      return words.every(function (w) { return name.indexOf(w) >= 0; });
    });
  }

  function drawMark(parent, mark, x, y) {
    let shape;
    if (mark.activity === "engagement") {
      shape = svg("circle", { cx: x, cy: y, r: 4.5, fill: ENGAGEMENT_COLORS[mark.type] || "#999" }, parent);
    } else {
      const fill = STATUS_COLORS[mark.status] || "#999";
      const kind = SHAPES[mark.type] || "square";
      const common = { fill: fill, stroke: "#222", "stroke-width": 0.8 };
      if (kind === "diamond") {
        common.points = [x, y - 6.5, x + 6.5, y, x, y + 6.5, x - 6.5, y].join(" ");
        shape = svg("polygon", common, parent);
      } else if (kind === "triangle") {
        common.points = [x, y - 6.5, x + 6.5, y + 5, x - 6.5, y + 5].join(" ");
        shape = svg("polygon", common, parent);
      } else {
        common.x = x - 5; common.y = y - 5; common.width = 10; common.height = 10;
        shape = svg("rect", common, parent);
      }
    }
    shape.setAttribute("class", "mark");
    return shape;
  }

  function markerIcon(mark) {
    const s = svg("svg", { width: 16, height: 16, viewBox: "0 0 16 16" });
    drawMark(s, mark, 8, 8.5);
    return s;
  }

  function timeline(selected) {
    const host = document.getElementById("timeline");
    host.textContent = "";
    const seen = new Set();
    const marks = [];
    selected.forEach(function (r) {
      if (!r.activity || !r.date) return;
      const key = [r.article_id, facilityOf(r), r.activity, r.type, r.status].join("|");
      if (seen.has(key)) return;
      seen.add(key);
      marks.push({ facility: facilityOf(r), article: r.article_id, activity: r.activity,
                   type: r.type, status: r.status, date: r.date,
                   time: Date.parse(r.date.slice(0, 10) + "T00:00:00Z") });
    });
    const valid = marks.filter(function (m) { return !isNaN(m.time); });
    if (!valid.length) { host.appendChild(el("p", "note", "No dated agreements or engagements.")); return; }
    const perFacility = new Map();
    valid.forEach(function (m) {
      if (!perFacility.has(m.facility)) perFacility.set(m.facility, []);
      perFacility.get(m.facility).push(m);
    });
    const names = Array.from(perFacility.keys()).sort(function (a, b) {
      return perFacility.get(b).length - perFacility.get(a).length || (a < b ? -1 : a > b ? 1 : 0);
    }).slice(0, CHART_FACILITIES);

    let lo = Infinity, hi = -Infinity;
    valid.forEach(function (m) { lo = Math.min(lo, m.time); hi = Math.max(hi, m.time); });
    const DAY = 86400000;
    if (hi - lo < 30 * DAY) { lo -= 15 * DAY; hi += 15 * DAY; }
    const pad = (hi - lo) * 0.02;
    lo -= pad; hi += pad;

    const width = chartWidth(host), left = 250, right = 16, top = 24, rowH = 22;
    const height = top + names.length * rowH + 6;
    const x = function (t) { return left + (t - lo) / (hi - lo) * (width - left - right); };
    const root = svg("svg", { width: width, height: height, role: "img",
                              "aria-label": "Timeline of partnerships per facility" }, host);

    // month ticks, thinned to about ten
    const start = new Date(lo), months = [];
    let d = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + 1, 1));
    while (d.getTime() <= hi) {
      months.push(d);
      d = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1));
    }
    const steps = [1, 2, 3, 6, 12, 24, 60, 120];
    const step = steps.find(function (s) { return months.length / s <= 10; }) || 240;
    const axis = svg("g", { class: "axis" }, root);
    months.forEach(function (m, i) {
      const idx = m.getUTCFullYear() * 12 + m.getUTCMonth();
      if (idx % step !== 0 && step > 1) return;
      const px = x(m.getTime());
      svg("line", { x1: px, x2: px, y1: top - 4, y2: height, class: "grid-line" }, axis);
      const label = step >= 12 ? String(m.getUTCFullYear())
        : m.getUTCFullYear() + "-" + String(m.getUTCMonth() + 1).padStart(2, "0");
      if (px < width - 44) svg("text", { x: px + 3, y: top - 8 }, axis).textContent = label;
    });

    names.forEach(function (name, i) {
      const y = top + i * rowH + rowH / 2;
      if (i % 2 === 0) svg("rect", { x: 0, y: top + i * rowH, width: width, height: rowH, class: "row-band" }, root);
      const label = svg("text", { x: 4, y: y + 4 }, root);
      label.textContent = shorten(name, 40);
      svgTitle(label, name + " \u2014 " + perFacility.get(name).length + " marks");
    });
    // marks after the bands so that bands never cover them
    names.forEach(function (name, i) {
      const y = top + i * rowH + rowH / 2;
      const sameDay = new Map();
      perFacility.get(name).forEach(function (m) {
        const n = sameDay.get(m.time) || 0;
        sameDay.set(m.time, n + 1);
        const link = svg("a", { href: "#article/" + encodeURIComponent(m.article) }, root);
        const dy = [0, -5, 5, -8, 8][n % 5];
        drawMark(link, m, x(m.time) + (n > 4 ? 3 : 0), y + dy);
        const a = articleById.get(m.article);
        svgTitle(link, m.date + " \u00b7 " + name + "\n" + m.activity + ": " + m.type +
                 (m.status ? " (" + m.status + ")" : "") + "\n" + articleLabel(a));
      });
    });
    return { facilities: perFacility.size, shown: names.length, marks: valid.length,
             undated: marks.length - valid.length };
  }

  function timelineLegend() {
    const host = document.getElementById("timeline-legend");
    if (host.childNodes.length) return;
    host.appendChild(el("span", "group", "Engagements (colour = type):"));
    vocab.engagement_types.forEach(function (t) {
      legendKey(host, markerIcon({ activity: "engagement", type: t }), t);
    });
    const second = el("div", "legend");
    host.parentNode.insertBefore(second, host.nextSibling);
    second.appendChild(el("span", "group", "Agreements (colour = status, shape = type):"));
    vocab.agreement_statuses.forEach(function (s) {
      legendKey(second, swatch(STATUS_COLORS[s] || "#999"), s);
    });
    vocab.agreement_types.forEach(function (t) {
      legendKey(second, markerIcon({ activity: "agreement", type: t, status: "none" }), t);
    });
  }

  // stacked horizontal bars: groups × partner kinds
  function bars(hostId, counts, order, ariaLabel) {
    const host = document.getElementById(hostId);
    host.textContent = "";
    if (!order.length) { host.appendChild(el("p", "note", "No partners named.")); return; }
    const totals = new Map(order.map(function (g) {
      let t = 0; counts.get(g).forEach(function (n) { t += n; }); return [g, t];
    }));
    const max = Math.max.apply(null, Array.from(totals.values()));
    const width = chartWidth(host), left = 210, right = 40, rowH = 20;
    const height = order.length * rowH + 8;
    const root = svg("svg", { width: width, height: height, role: "img", "aria-label": ariaLabel }, host);
    order.forEach(function (group, i) {
      const y = 4 + i * rowH;
      const label = svg("text", { x: 4, y: y + 13 }, root);
      label.textContent = shorten(group, 32);
      svgTitle(label, group);
      let at = left;
      vocab.partner_kinds.forEach(function (kind) {
        const n = counts.get(group).get(kind);
        if (!n) return;
        const w = n / max * (width - left - right);
        const seg = svg("rect", { x: at, y: y + 2, width: Math.max(w, 1), height: rowH - 5,
                                  fill: KIND_COLORS[kind] }, root);
        svgTitle(seg, group + " \u00b7 " + kind + ": " + n);
        at += w;
      });
      svg("text", { x: at + 4, y: y + 13 }, root).textContent = String(totals.get(group));
    });
  }

  function kindCounts(selected, groupOf) {
    const counts = new Map();
    const seen = new Set();
    selected.forEach(function (r) {
      if (!r.partner) return;
      const group = groupOf(r);
      const key = group + "|" + r.article_id + "|" + r.partner;
      if (seen.has(key)) return;
      seen.add(key);
      if (!counts.has(group)) counts.set(group, new Map());
      const m = counts.get(group);
      m.set(r.partner_kind, (m.get(r.partner_kind) || 0) + 1);
    });
    return counts;
  }

  function byTotal(counts) {
    const total = function (g) { let t = 0; counts.get(g).forEach(function (n) { t += n; }); return t; };
    return Array.from(counts.keys()).sort(function (a, b) {
      if ((a === UNKNOWN) !== (b === UNKNOWN)) return a === UNKNOWN ? 1 : -1;
      return total(b) - total(a) || (a < b ? -1 : a > b ? 1 : 0);
    });
  }

  function kindLegend() {
    const host = document.getElementById("kind-legend");
    if (host.childNodes.length) return;
    host.appendChild(el("span", "group", "Partner kinds:"));
    const present = new Set(rows.map(function (r) { return r.partner_kind; }));
    vocab.partner_kinds.forEach(function (k) {
      if (present.has(k)) legendKey(host, swatch(KIND_COLORS[k]), k);
    });
  }

  function renderOverview() {
    const selected = matchingRows();
    timelineLegend();
    const t = timeline(selected);
    const perFacility = kindCounts(selected, facilityOf);
    bars("bars-facility", perFacility, byTotal(perFacility).slice(0, CHART_FACILITIES),
         "Partner kinds per facility");
    const perProvince = kindCounts(selected, function (r) {
      const f = r.facility && facilityByName.get(r.facility);
      return (f && f.province) || UNKNOWN;
    });
    bars("bars-province", perProvince, byTotal(perProvince), "Partner kinds per province");
    kindLegend();
    const note = document.getElementById("facility-note");
    note.textContent = t ? ("Timeline: " + t.shown + " of " + t.facilities + " facilities with dated activities" +
      (t.shown < t.facilities ? " (the busiest; filter to see others)" : "") +
      (t.undated ? "; " + t.undated + " activities without a date not shown" : "")) : "";
  }

  // ------------------------------------------------------------ table

  const PAGE = 50;
  const table = { query: "", key: "date", dir: -1, page: 0, view: rows };
  const search = document.getElementById("table-search");
  const tbody = document.getElementById("partnership-rows");

  function compare(key, dir) {
    return function (a, b) {
      const x = a[key], y = b[key];
      if (x === y) return 0;
      if (x === null || x === undefined || x === "") return 1;   // empty cells last, both ways
      if (y === null || y === undefined || y === "") return -1;
      const lx = String(x).toLowerCase(), ly = String(y).toLowerCase();
      return (lx < ly ? -1 : lx > ly ? 1 : 0) * dir;
    };
  }

  function refilter() {
    const words = tokens(table.query);
    const found = words.length ? rows.filter(function (r) {
      return words.every(function (w) { return r.haystack.indexOf(w) >= 0; });
    }) : rows.slice();
    found.sort(compare(table.key, table.dir));
    table.view = found;
    table.page = 0;
  }

  function cell(tr, value, extra) {
    const td = el("td");
    if (value === null || value === undefined || value === "") td.appendChild(el("span", "none", "\u2014"));
    else td.appendChild(document.createTextNode(value));
    if (extra) td.appendChild(extra);
    tr.appendChild(td);
    return td;
  }

  function renderTable() {
    const pages = Math.max(1, Math.ceil(table.view.length / PAGE));
    table.page = Math.min(Math.max(0, table.page), pages - 1);
    tbody.textContent = "";
    const frag = document.createDocumentFragment();
    table.view.slice(table.page * PAGE, table.page * PAGE + PAGE).forEach(function (r) {
      const tr = el("tr");
      tr.dataset.article = r.article_id;
      cell(tr, r.facility);
      cell(tr, r.partner, r.partner_kind ? el("div", "kind", r.partner_kind) : null);
      cell(tr, r.type, r.activity ? el("div", "kind", r.activity) : null);
      cell(tr, r.status);
      cell(tr, r.date).className = "date";
      const td = el("td");
      td.appendChild(articleLink(r.article_id, shorten(r.sourceLabel, 90)));
      if (r.source && r.source !== r.sourceLabel) td.appendChild(el("div", "kind", shorten(r.source, 90)));
      tr.appendChild(td);
      frag.appendChild(tr);
    });
    tbody.appendChild(frag);
    document.querySelectorAll("#partnerships th").forEach(function (th) {
      th.setAttribute("aria-sort", th.dataset.key !== table.key ? "none"
        : table.dir > 0 ? "ascending" : "descending");
    });
    const first = table.view.length ? table.page * PAGE + 1 : 0;
    const last = Math.min(table.view.length, (table.page + 1) * PAGE);
    document.getElementById("table-count").textContent =
      table.view.length + " of " + rows.length + " rows match";
    document.getElementById("page-info").textContent =
      "rows " + first + "\u2013" + last + " of " + table.view.length + " \u00b7 page " + (table.page + 1) + " of " + pages;
    document.getElementById("page-prev").disabled = table.page === 0;
    document.getElementById("page-next").disabled = table.page >= pages - 1;
  }

  let searchTimer = null;
  search.addEventListener("input", function () {
    clearTimeout(searchTimer);
    searchTimer = setTimeout(function () {
      table.query = search.value;
      refilter();
      renderTable();
    }, 120);
  });
  document.querySelectorAll("#partnerships th button").forEach(function (button) {
    button.addEventListener("click", function () {
      const key = button.parentNode.dataset.key;
      table.dir = table.key === key ? -table.dir : 1;
      table.key = key;
      refilter();
      renderTable();
    });
  });
  document.getElementById("page-prev").addEventListener("click", function () { table.page -= 1; renderTable(); });
  document.getElementById("page-next").addEventListener("click", function () { table.page += 1; renderTable(); });

  // ------------------------------------------------------------ article view

  let currentArticle = null;

  function metaRow(dl, term, value) {
    if (value === null || value === undefined || value === "") return;
    dl.appendChild(el("dt", null, term));
    dl.appendChild(el("dd", null, value));
  }

  function tag(label) {
    const t = el("span", "tag", label);
    t.style.background = LABEL_COLORS[label] || "#666";
    return t;
  }

  // Cut the text at every span boundary; each piece is underlined once per span
  // covering it (a track per overlap level, drawn as stacked box shadows so that
  // wrapped pieces keep their lines) and labelled where a span starts.
  function renderText(host, text, items) {
    const marks = [];
    items.forEach(function (item) {
      item[2].forEach(function (span) {
        if (span[0] >= 0 && span[0] < span[1] && span[1] <= text.length) {
          marks.push({ s: span[0], e: span[1], label: item[0], value: item[1] });
        }
      });
    });
    marks.sort(function (a, b) { return a.s - b.s || b.e - a.e; });
    const trackEnds = [];
    marks.forEach(function (m) {
      let t = trackEnds.findIndex(function (end) { return end <= m.s; });
      if (t < 0) { t = trackEnds.length; trackEnds.push(0); }
      trackEnds[t] = m.e;
      m.track = t;
    });
    host.style.setProperty("--tracks", String(Math.max(1, trackEnds.length)));
    const cuts = new Set([0, text.length]);
    marks.forEach(function (m) { cuts.add(m.s); cuts.add(m.e); });
    const points = Array.from(cuts).sort(function (a, b) { return a - b; });
    const frag = document.createDocumentFragment();
    let next = 0;            // first mark not yet started
    let open = [];           // marks covering the current piece
    for (let i = 0; i + 1 < points.length; i++) {
      const a = points[i], b = points[i + 1];
      open = open.filter(function (m) { return m.e > a; });
      while (next < marks.length && marks[next].s === a) {
        const m = marks[next++];
        open.push(m);
        const t = tag(m.label);
        t.title = m.value;
        frag.appendChild(t);
      }
      const piece = text.slice(a, b);
      if (!open.length) { frag.appendChild(document.createTextNode(piece)); continue; }
      const seg = el("span", "seg", piece);
      const byTrack = open.slice().sort(function (x, y) { return x.track - y.track; });
      const shadows = [];
      byTrack.forEach(function (m) {
        const off = 3 + m.track * 5;
        shadows.push("0 " + off + "px 0 0 " + LABEL_COLORS[m.label]);
        shadows.push("0 " + (off + 2) + "px 0 0 #fff");
      });
      seg.style.boxShadow = shadows.join(", ");
      seg.style.background = (LABEL_COLORS[byTrack[byTrack.length - 1].label]) + "1f";
      seg.dataset.labels = byTrack.map(function (m) { return m.label; }).join(" ");
      seg.title = byTrack.map(function (m) { return m.label + ": " + m.value; }).join("\n");
      frag.appendChild(seg);
    }
    host.appendChild(frag);
    return marks.length;
  }

  function renderItems(host, a) {
    host.textContent = "";
    const grid = el("div", "items");
    a.items.forEach(function (item) {
      grid.appendChild(el("div", null)).appendChild(tag(item[0]));
      const value = el("div", "value", item[1]);
      if (a.text && item[2].length) {
        const forms = Array.from(new Set(item[2].map(function (s) { return a.text.slice(s[0], s[1]); })));
        value.appendChild(el("div", "where", "read from: " + forms.map(function (f) {
          return "\u201c" + shorten(f, 80) + "\u201d";
        }).join(" \u00b7 ")));
      } else if (!item[2].length) {
        value.appendChild(el("div", "where", "not read from the text (metadata)"));
      }
      grid.appendChild(value);
    });
    if (!a.items.length) host.appendChild(el("p", "note", "Nothing was extracted."));
    host.appendChild(grid);
  }

  function renderCluster(host, a) {
    host.textContent = "";
    if (!a.cluster) return;
    const members = articles.filter(function (o) { return o.cluster === a.cluster; });
    const box = el("div", "cluster");
    box.appendChild(el("strong", null, "Event cluster " + a.cluster));
    box.appendChild(document.createTextNode(" \u2014 " + members.length + " source" + (members.length === 1 ? "" : "s")));
    const list = el("ul");
    members.forEach(function (m) {
      const li = el("li");
      if (m.id === a.id) li.appendChild(el("strong", null, articleLabel(m) + " (this article)"));
      else li.appendChild(articleLink(m.id, articleLabel(m)));
      const about = [m.outlet, m.published, m.source].filter(Boolean).join(" \u00b7 ");
      if (about) li.appendChild(el("div", "kind", about));
      list.appendChild(li);
    });
    box.appendChild(list);
    host.appendChild(box);
  }

  function renderArticle(id) {
    const a = articleById.get(id);
    document.getElementById("article-missing").hidden = !!a;
    document.getElementById("article").hidden = !a;
    if (!a) return;
    currentArticle = a.id;
    document.getElementById("article-tab").setAttribute("href", "#article/" + encodeURIComponent(a.id));
    document.getElementById("article-title").textContent = a.title || "(untitled)";
    const dl = document.getElementById("article-meta");
    dl.textContent = "";
    metaRow(dl, "Source", a.source);
    metaRow(dl, "Outlet", a.outlet);
    metaRow(dl, "Published", a.published);
    metaRow(dl, "Event date", a.date);
    metaRow(dl, "Cluster", a.cluster);
    metaRow(dl, "Record id", a.id);
    renderCluster(document.getElementById("article-cluster"), a);
    const legend = document.getElementById("article-legend");
    legend.textContent = "";
    const labels = countBy(a.items.map(function (i) { return i[0]; }));
    labels.forEach(function (n, label) { legendKey(legend, tag(label), " " + n); });
    const text = document.getElementById("article-text");
    text.textContent = "";
    const hasText = typeof a.text === "string";
    document.getElementById("article-notext").hidden = hasText;
    text.hidden = !hasText;
    if (hasText) renderText(text, a.text, a.items);
    renderItems(document.getElementById("article-items"), a);
    window.scrollTo(0, 0);
  }

  // ------------------------------------------------------------ routing

  const rendered = { overview: false, table: false };

  function route() {
    let hash = location.hash.replace(/^#/, "");
    try { hash = decodeURIComponent(hash); } catch (e) { /* a hand-typed bad escape: keep it raw */ }
    let view = "overview";
    if (hash === "table") view = "table";
    else if (hash === "article" || hash.indexOf("article/") === 0) view = "article";
    document.querySelectorAll(".view").forEach(function (v) { v.hidden = v.id !== "view-" + view; });
    document.querySelectorAll(".tabs a").forEach(function (t) {
      t.classList.toggle("active", t.dataset.view === view);
    });
    if (view === "overview" && !rendered.overview) { renderOverview(); rendered.overview = true; }
    if (view === "table" && !rendered.table) { refilter(); renderTable(); rendered.table = true; }
    if (view === "article") {
      const id = hash.indexOf("article/") === 0 ? hash.slice(8)
        : currentArticle || (articles[0] && articles[0].id);
      renderArticle(id);
    }
  }

  let filterTimer = null;
  facilityFilter.addEventListener("input", function () {
    clearTimeout(filterTimer);
    filterTimer = setTimeout(function () { renderOverview(); }, 150);
  });
  let resizeTimer = null;
  window.addEventListener("resize", function () {
    clearTimeout(resizeTimer);
    resizeTimer = setTimeout(function () {
      rendered.overview = false;
      if (!document.getElementById("view-overview").hidden) { renderOverview(); rendered.overview = true; }
    }, 200);
  });
  window.addEventListener("hashchange", route);

  const partners = new Set(rows.map(function (r) { return r.partner; }).filter(Boolean));
  const withActivity = rows.filter(function (r) { return r.partner && r.activity; }).length;
  document.getElementById("summary").textContent =
    articles.length + " articles \u00b7 " + facilityByName.size + " facilities \u00b7 " +
    partners.size + " partners \u00b7 " + withActivity + " facility\u2013partner activities";
  document.getElementById("footer").textContent =
    "Made by rilis from " + (raw.input || "records") + ". Self-contained: this file loads nothing from elsewhere.";

  route();
  // milliseconds since navigation start: the script began, the JSON took, all was drawn
  window.rilisTimings = { startMs: started, parseMs: parsedAt - started, readyMs: performance.now() };
  document.body.dataset.ready = "true";
})();
