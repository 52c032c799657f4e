// The page of a cppcc-kg view. Every string that came from a report is put on the page as a text
// node (textContent), never parsed as HTML: a report may contain anything.
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("kg-data").textContent);
  var state = { types: {}, report: "" };
  window.kg = { data: data, drawnAt: null, stabilizedAt: null };

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined && text !== null) e.textContent = String(text);
    return e;
  }
  function clip(s, n) { return s.length > n ? s.slice(0, n) + "…" : s; }
  // A sentence as text nodes, the entity's names in it wrapped in <mark> (still text, never markup).
  function marked(sentence, names) {
    var box = el("div", "sentence"), i = 0;
    names = names.filter(function (n) { return n; }).sort(function (a, b) { return b.length - a.length; });
    while (i < sentence.length) {
      var best = -1, name = "";
      names.forEach(function (n) {
        var at = sentence.indexOf(n, i);
        if (at >= 0 && (best < 0 || at < best)) { best = at; name = n; }
      });
      if (best < 0) { box.appendChild(document.createTextNode(sentence.slice(i))); break; }
      box.appendChild(document.createTextNode(sentence.slice(i, best)));
      box.appendChild(el("mark", null, name));
      i = best + name.length;
    }
    return box;
  }

  // What a node's tooltip (short) or the details panel (full) shows.
  function describe(node, full) {
    var k = node.kg, box = el("div", "kg-tip");
    box.appendChild(el("div", "name", node.label));
    box.appendChild(el("div", "type", k.type + (k.community ? " · community " + k.community : "") +
      " · centrality " + k.centrality));
    if (k.aliases.length) box.appendChild(el("div", "aliases", "Also 又称: " + k.aliases.join("、")));
    var reports = full ? k.mentions : k.mentions.slice(0, 3);
    reports.forEach(function (m) {
      box.appendChild(el("div", "report", m[0]));
      var sentences = full ? m[1] : m[1].slice(0, 2);
      sentences.forEach(function (s) { box.appendChild(marked(full ? s : clip(s, 140), [node.label].concat(k.aliases))); });
      if (sentences.length < m[1].length) box.appendChild(el("div", "more", "… " + (m[1].length - sentences.length) + " more sentences"));
    });
    var listed = {};
    k.mentions.forEach(function (m) { listed[m[0]] = true; });
    k.reports.forEach(function (r) { if (!listed[r]) box.appendChild(el("div", "report", r)); });
    if (reports.length < k.mentions.length) box.appendChild(el("div", "more", "… " + (k.mentions.length - reports.length) + " more reports (click the node)"));
    return box;
  }
  function describeEdge(edge) {
    var box = el("div", "kg-tip");
    var from = nodes.get(edge.from), to = nodes.get(edge.to);
    box.appendChild(el("div", "name", from.label + " → " + edge.relation + " → " + to.label));
    var said = {};
    (edge.evidence || []).forEach(function (m) { said[m[0]] = m[1]; });
    edge.reports.forEach(function (r) {
      box.appendChild(el("div", "report", r));
      (said[r] || []).slice(0, 2).forEach(function (s) { box.appendChild(marked(clip(s, 160), [from.label, to.label])); });
    });
    return box;
  }

  var nodes = new vis.DataSet(data.nodes.map(function (n) { n.title = describe(n, false); return n; }));
  var edges = new vis.DataSet(data.edges);
  edges.forEach(function (e) { edges.update({ id: e.id, title: describeEdge(e) }); });

  function nodeShown(n) {
    return state.types[n.kind] !== false && (!state.report || n.kg.reports.indexOf(state.report) >= 0);
  }
  var nodesView = new vis.DataView(nodes, { filter: nodeShown });
  var edgesView = new vis.DataView(edges, {
    filter: function (e) {
      return nodeShown(nodes.get(e.from)) && nodeShown(nodes.get(e.to)) &&
        (!state.report || e.reports.indexOf(state.report) >= 0);
    }
  });

  var large = !data.physics;
  var options = {
    nodes: { font: { size: 14, face: "Noto Sans CJK SC, Noto Sans SC, sans-serif", strokeWidth: 3, strokeColor: "#ffffff" } },
    edges: {
      arrows: { to: { enabled: true, scaleFactor: 0.6 } },
      font: { size: 10, align: "middle", color: "#555", strokeWidth: 2, strokeColor: "#ffffff" },
      smooth: large ? false : { type: "dynamic" },
      width: 1.2
    },
    physics: large ? false : {
      solver: "forceAtlas2Based",
      forceAtlas2Based: { gravitationalConstant: -60, springLength: 110, avoidOverlap: 0.4 },
      stabilization: { iterations: 400, fit: true }
    },
    layout: { randomSeed: 7, improvedLayout: !large },
    interaction: { hover: true, tooltipDelay: 120, hideEdgesOnDrag: large, hideEdgesOnZoom: large }
  };
  var network = new vis.Network(document.getElementById("graph"), { nodes: nodesView, edges: edgesView }, options);
  window.kg.network = network; window.kg.nodes = nodes; window.kg.edges = edges;
  window.kg.nodesView = nodesView; window.kg.edgesView = edgesView;
  network.once("afterDrawing", function () { window.kg.drawnAt = performance.now(); });
  network.once("stabilized", function () { window.kg.stabilizedAt = performance.now(); });

  function counts() {
    document.getElementById("counts").textContent =
      nodesView.length + " of " + nodes.length + " entities · " + edgesView.length + " of " + edges.length + " relations";
  }
  function refresh() { nodesView.refresh(); edgesView.refresh(); counts(); }
  window.kg.refresh = refresh;

  // Legend = filters: one checkbox per type, a line per relation colour, the report menu.
  var types = document.getElementById("types");
  data.types.forEach(function (t) {
    var label = el("label"), box = el("input");
    box.type = "checkbox"; box.checked = true; box.value = t.key; box.id = "type-" + t.key.replace(/ /g, "-");
    box.addEventListener("change", function () { state.types[t.key] = box.checked; refresh(); });
    var glyph = el("span", "glyph", t.glyph);
    glyph.style.color = data.colour_by === "type" ? t.colour : "#555";
    label.appendChild(box); label.appendChild(glyph);
    label.appendChild(document.createTextNode(t.name + " "));
    label.appendChild(el("span", "n", "(" + t.count + ")"));
    types.appendChild(label);
  });
  if (data.colour_by === "community") {
    var comms = document.getElementById("communities");
    comms.hidden = false;
    data.communities.forEach(function (c, i) {
      var label = el("label"), glyph = el("span", "glyph", "●");
      glyph.style.color = c.colour;
      label.appendChild(glyph);
      label.appendChild(document.createTextNode((i + 1) + ". " + c.top.join("、") + " "));
      label.appendChild(el("span", "n", "(" + c.size + ")"));
      comms.appendChild(label);
    });
  }
  var relations = document.getElementById("relations");
  if (!data.relations.length) relations.hidden = true;
  data.relations.forEach(function (r) {
    var label = el("label"), line = el("span", "line");
    line.style.background = r.colour;
    label.appendChild(line);
    label.appendChild(document.createTextNode(r.name + " "));
    label.appendChild(el("span", "n", "(" + r.count + ")"));
    relations.appendChild(label);
  });
  var report = document.getElementById("report");
  data.reports.forEach(function (r) { var o = el("option", null, r); o.value = r; report.appendChild(o); });
  report.addEventListener("change", function () { state.report = report.value; refresh(); });

  // Details of what is clicked.
  var details = document.getElementById("details");
  function show(id) {
    details.replaceChildren(describe(nodes.get(id), true));
  }
  network.on("click", function (p) {
    if (p.nodes.length) show(p.nodes[0]);
    else if (p.edges.length) details.replaceChildren(describeEdge(edges.get(p.edges[0])));
  });

  // Search: label or alias contains the text; exact names first, then the most central.
  var search = document.getElementById("search"), results = document.getElementById("results");
  function go(id) {
    network.selectNodes([id]);
    network.focus(id, { scale: 1.2, animation: false });
    show(id);
  }
  function find() {
    var q = search.value.trim().toLowerCase();
    results.replaceChildren();
    if (!q) { document.getElementById("found").textContent = ""; network.unselectAll(); return []; }
    var hits = nodesView.get({
      filter: function (n) {
        return n.label.toLowerCase().indexOf(q) >= 0 ||
          n.kg.aliases.some(function (a) { return a.toLowerCase().indexOf(q) >= 0; });
      }
    });
    hits.sort(function (a, b) {
      var ea = a.label.toLowerCase() === q ? 0 : 1, eb = b.label.toLowerCase() === q ? 0 : 1;
      return ea - eb || b.kg.centrality - a.kg.centrality || (a.label < b.label ? -1 : a.label > b.label ? 1 : 0);
    });
    document.getElementById("found").textContent = hits.length + " found";
    hits.slice(0, 20).forEach(function (n) {
      var li = el("li", null, n.label);
      li.addEventListener("click", function () { go(n.id); });
      results.appendChild(li);
    });
    if (hits.length) {
      network.selectNodes(hits.map(function (n) { return n.id; }));
      network.focus(hits[0].id, { scale: 1.2, animation: false });
      show(hits[0].id);
    }
    return hits.map(function (n) { return n.id; });
  }
  search.addEventListener("input", find);
  window.kg.find = function (text) { search.value = text; return find(); };

  var focus = data.nodes.filter(function (n) { return n.kg.focus; }).map(function (n) { return n.id; });
  if (focus.length) {
    // Select at once (stabilisation may already be over, or take long), and again once the layout settles.
    network.selectNodes(focus);
    show(focus[0]);
    network.once("stabilized", function () { network.selectNodes(focus); });
  }
  counts();
})();
