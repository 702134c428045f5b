/* igr view: draws the graph with vis-network, stops the physics once the layout is
   stable, and filters nodes by name and class. No network access: everything the
   page needs is inline. Tooltip HTML was escaped by igr when the page was written. */
(function () {
  "use strict";

  var data = JSON.parse(document.getElementById("igr-data").textContent);
  var view = (window.igrView = {
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
    status.textContent = summary() + " \u00b7 laid out in " + (view.stabilisedAt / 1000).toFixed(1) + " s";
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
  var hiddenClasses = {};
  var query = "";

  function matchesQuery(node) {
    return query === "" || node.igrNames.indexOf(query) !== -1;
  }

  function apply() {
    var changes = [];
    var found = [];
    data.nodes.forEach(function (node) {
      var hidden = hiddenClasses[node.igrClass] === true;
      var hit = matchesQuery(node);
      if (hit && !hidden && query !== "") { found.push(node.id); }
      var color = hit ? node.igrColor : "rgba(200,200,200,0.35)";
      var label = hit ? node.igrLabel : "";
      var current = nodes.get(node.id);
      if (current.hidden !== hidden || current.label !== label || current.color !== color) {
        changes.push({ id: node.id, hidden: hidden, label: label, color: color });
      }
    });
    if (changes.length) { nodes.update(changes); }
    matches.textContent = query === "" ? "" : found.length + " of " + data.nodes.length + " match";
    view.matches = found;
    return found;
  }

  search.addEventListener("input", function () {
    query = search.value.trim().toLowerCase();
    apply();
  });
  search.addEventListener("keydown", function (event) {
    if (event.key !== "Enter") { return; }
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
