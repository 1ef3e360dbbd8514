// The console's little JavaScript: refreshes live frames and camera states, the event timeline,
// and runs the zone editor. No build step; plain browser APIs only.
(function () {
  "use strict";
  var refreshMs = 1000 * (parseInt(document.body.dataset.refreshSeconds, 10) || 3);

  function liveCameras() {
    var images = document.querySelectorAll("img.live");
    if (!images.length) { return; }
    setInterval(function () {
      images.forEach(function (img) {
        img.src = "/cameras/" + encodeURIComponent(img.dataset.camera) + "/frame.jpg?t=" + Date.now();
      });
      fetch("/api/cameras", { credentials: "same-origin" }).then(function (r) { return r.json(); })
        .then(function (cameras) {
          cameras.forEach(function (c) {
            var box = document.querySelector('figure.camera[data-camera="' + CSS.escape(c.id) + '"]');
            if (!box) { return; }
            box.querySelector('[data-field="fps"]').textContent = c.fps.toFixed(1);
            box.querySelector('[data-field="status"]').textContent = c.status;
            box.querySelector('[data-field="reason"]').textContent = c.reason;
            box.querySelector('[data-field="conditions"]').textContent = c.conditions.join(", ");
            box.querySelector('[data-field="frameAt"]').textContent = c.frameAt || "none yet";
          });
        }).catch(function () {});
    }, refreshMs);
  }

  function liveTimeline() {
    var rows = document.getElementById("timeline-rows");
    if (!rows) { return; }
    setInterval(function () {
      var url = new URL(window.location.href);
      url.searchParams.set("fragment", "rows");
      fetch(url, { credentials: "same-origin" }).then(function (r) { return r.text(); })
        .then(function (html) { rows.innerHTML = html; }).catch(function () {});
    }, refreshMs);
  }

  function editor() {
    var root = document.getElementById("editor");
    if (!root) { return; }
    var camera = root.dataset.camera;
    var svg = document.getElementById("editor-overlay");
    var shapes = { zones: [], lines: [], masks: [] };
    var drawing = [];
    var $ = function (id) { return document.getElementById(id); };

    function el(name, attrs) {
      var e = document.createElementNS("http://www.w3.org/2000/svg", name);
      Object.keys(attrs).forEach(function (k) { e.setAttribute(k, attrs[k]); });
      return e;
    }
    function pts(points) { return points.map(function (p) { return p[0] + "," + p[1]; }).join(" "); }

    function draw() {
      while (svg.firstChild) { svg.removeChild(svg.firstChild); }
      shapes.masks.forEach(function (m) { svg.appendChild(el("polygon", { "class": "mask", points: pts(m) })); });
      shapes.zones.forEach(function (z) { svg.appendChild(el("polygon", { "class": "zone", points: pts(z.points) })); });
      shapes.lines.forEach(function (l) {
        svg.appendChild(el("line", { "class": "line", x1: l.from[0], y1: l.from[1], x2: l.to[0], y2: l.to[1] }));
      });
      if (drawing.length) { svg.appendChild(el("polyline", { "class": "drawing", points: pts(drawing) })); }
      drawing.forEach(function (p) { svg.appendChild(el("circle", { cx: p[0], cy: p[1], r: 0.006 })); });
      var list = $("shape-list");
      list.innerHTML = "";
      [["zones", function (z) { return "zone " + z.id + " (" + z.kind + ")"; }],
       ["lines", function (l) { return "line " + l.id; }],
       ["masks", function (m, i) { return "mask " + (i + 1); }]].forEach(function (kind) {
        shapes[kind[0]].forEach(function (s, i) {
          var li = document.createElement("li");
          li.textContent = kind[1](s, i) + " ";
          var del = document.createElement("button");
          del.type = "button";
          del.textContent = "remove";
          del.onclick = function () { shapes[kind[0]].splice(i, 1); changed(); };
          li.appendChild(del);
          list.appendChild(li);
        });
      });
    }

    function changed() {
      draw();
      fetch("/api/cameras/" + encodeURIComponent(camera) + "/snippet", {
        method: "POST", credentials: "same-origin",
        headers: { "Content-Type": "application/json" }, body: JSON.stringify(shapes)
      }).then(function (r) { return r.json(); }).then(function (answer) {
        $("yaml").value = answer.yaml;
        var result = $("check-result");
        result.textContent = answer.ok ? "check-config: OK" : "check-config: " + answer.problems.length + " problem(s)";
        result.className = answer.ok ? "ok" : "bad";
        var problems = $("problems");
        problems.innerHTML = "";
        answer.problems.forEach(function (p) {
          var li = document.createElement("li");
          li.textContent = (p.path || "(file)") + (p.value != null ? " = \"" + p.value + "\"" : "") + ": " + p.rule;
          problems.appendChild(li);
        });
      });
    }

    document.querySelector(".stage").addEventListener("click", function (e) {
      var box = svg.getBoundingClientRect();
      var x = Math.min(1, Math.max(0, (e.clientX - box.left) / box.width));
      var y = Math.min(1, Math.max(0, (e.clientY - box.top) / box.height));
      drawing.push([Math.round(x * 1000) / 1000, Math.round(y * 1000) / 1000]);
      if ($("shape-type").value === "line" && drawing.length === 2) { finish(); } else { draw(); }
    });

    function finish() {
      var type = $("shape-type").value;
      var id = $("shape-id").value.trim();
      if (type === "zone" && drawing.length) {
        shapes.zones.push({ id: id, kind: $("zone-kind").value, points: drawing });
      } else if (type === "line" && drawing.length === 2) {
        var zone = $("line-zone").value.trim();
        shapes.lines.push({ id: id, from: drawing[0], to: drawing[1], inSide: $("line-side").value, zone: zone || null });
      } else if (type === "mask" && drawing.length) {
        shapes.masks.push(drawing);
      } else {
        return;
      }
      drawing = [];
      $("shape-id").value = type + "-" + (shapes[type + "s"].length + 1);
      changed();
    }
    $("finish-shape").onclick = finish;
    $("undo-point").onclick = function () { drawing.pop(); draw(); };
    $("shape-type").onchange = function () { $("shape-id").value = this.value + "-" + (shapes[this.value + "s"].length + 1); };

    fetch("/api/cameras/" + encodeURIComponent(camera) + "/shapes", { credentials: "same-origin" })
      .then(function (r) { return r.json(); })
      .then(function (current) { shapes = current; changed(); });
  }

  liveCameras();
  liveTimeline();
  editor();
})();
