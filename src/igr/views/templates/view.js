/* igr view: draws the graph with vis-network, stops the physics once the layout is
   stable, and filters nodes by name and class. No network access: everything the
   page needs is inline. Tooltip HTML was escaped by igr when the page was written. */
(function () {
  "use strict";

  var begun = performance.now();
  var data = JSON.parse(document.getElementById("igr-data").textContent);
  var view = (window.igrView = {
    startedAt: begun,
    stabilised: false,
    stabilisedAt: null,
    iterations: 0,
    nodeCount: data.nodes.length,
    edgeCount: data.edges.length
  });
  var status = document.getElementById("igr-status");
  var matches = document.getElementById("igr-matches");
  var search = document.getElementById("igr-search");

  function tooltip(html) {
    var element = document.createElement("div");
    element.className = "igr-tip";
    element.innerHTML = html;
    return element;
  }

  // vis-network shows string titles as plain text; igr's tooltips are (escaped) HTML.
  data.nodes.forEach(function (node) {
    if (node.title) { node.title = tooltip(node.title); }
    node.igrColor = node.color;
    node.igrLabel = node.label;
  });
  data.edges.forEach(function (edge) {
    if (edge.title) { edge.title = tooltip(edge.title); }
  });

  var nodes = new vis.DataSet(data.nodes);
  var edges = new vis.DataSet(data.edges);
  var container = document.getElementById("igr-network");
  var network = new vis.Network(container, { nodes: nodes, edges: edges }, data.options);
  view.network = network;
  view.createdAt = performance.now();
  view.nodes = nodes;
  view.edges = edges;

  function summary() {
    return data.nodes.length + " entities, " + data.edges.length + " edges";
  }

  function settled(iterations) {
    if (view.stabilised) { return; }
    // Freeze the layout: a settled graph should not keep moving (or using the CPU).
    network.setOptions({ physics: false });
    view.stabilised = true;
    view.iterations = iterations || 0;
    view.stabilisedAt = performance.now();
    status.textContent = data.nodes.length === 0
      ? "Nothing to show: no entity has ties in this projection or time slice"
      : summary() + " \u00b7 laid out in " + (view.stabilisedAt / 1000).toFixed(1) + " s";
    document.body.classList.add("igr-ready");
  }

  var lastIteration = 0;
  network.on("stabilizationProgress", function (progress) {
    lastIteration = progress.iterations;
    status.textContent = "Laying out\u2026 " + Math.round((100 * progress.iterations) / progress.total) + "%";
  });
  network.once("stabilizationIterationsDone", function () { settled(lastIteration); });
  network.once("stabilized", function (event) { settled(event && event.iterations); });
  if (data.nodes.length === 0 || data.options.physics.enabled === false) {
    settled(0);
  }

  // Filters: unticked classes are hidden; nodes whose names do not contain the
  // search text are dimmed, and Enter zooms to the matches.
  var DIMMED = { background: "rgba(200,200,200,0.35)", border: "rgba(160,160,160,0.35)" };
  var hiddenClasses = {};
  var query = "";
  var pending = null;

  function matchesQuery(node) {
    return query === "" || node.igrNames.indexOf(query) !== -1;
  }

  // What each node shows now, so that a filter only updates the nodes it changes.
  var shownState = {};
  data.nodes.forEach(function (node) { shownState[node.id] = "shown"; });

  function apply() {
    var changes = [];
    var found = [];
    data.nodes.forEach(function (node) {
      var hidden = hiddenClasses[node.igrClass] === true;
      var hit = matchesQuery(node);
      if (hit && !hidden && query !== "") { found.push(node.id); }
      var state = hidden ? "hidden" : (hit ? (query === "" ? "shown" : "match") : "dimmed");
      if (shownState[node.id] === state) { return; }
      shownState[node.id] = state;
      changes.push({
        id: node.id,
        hidden: hidden,
        // a match shows its name even where the map leaves it unlabelled
        label: state === "dimmed" ? "" : (state === "match" ? node.igrName : node.igrLabel),
        color: state === "dimmed" ? DIMMED : node.igrColor
      });
    });
    if (changes.length) { nodes.update(changes); }
    matches.textContent = query === "" ? "" : found.length + " of " + data.nodes.length + " match";
    view.matches = found;
    return found;
  }

  search.addEventListener("input", function () {
    // Wait for a pause in typing: on thousands of nodes each pass takes a moment.
    if (pending !== null) { clearTimeout(pending); }
    pending = setTimeout(function () {
      pending = null;
      query = search.value.trim().toLowerCase();
      apply();
    }, data.nodes.length > 500 ? 200 : 60);
  });
  search.addEventListener("keydown", function (event) {
    if (event.key !== "Enter") { return; }
    if (pending !== null) { clearTimeout(pending); pending = null; }
    query = search.value.trim().toLowerCase();
    var found = apply();
    if (found.length) {
      network.selectNodes(found);
      network.fit({ nodes: found, animation: false });
    }
  });
  Array.prototype.forEach.call(document.querySelectorAll("#igr-legend input[type=checkbox]"), function (box) {
    box.addEventListener("change", function () {
      hiddenClasses[box.value] = !box.checked;
      apply();
    });
  });
  view.filter = function (text, classes) {
    query = (text || "").trim().toLowerCase();
    search.value = text || "";
    hiddenClasses = {};
    (classes || []).forEach(function (cls) { hiddenClasses[cls] = true; });
    Array.prototype.forEach.call(document.querySelectorAll("#igr-legend input[type=checkbox]"), function (box) {
      box.checked = hiddenClasses[box.value] !== true;
    });
    return apply();
  };
})();
