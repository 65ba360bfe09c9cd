// Progressive enhancement: draws a small tile map around an actor's location when the page carries
// a tile server URL template ({z}/{x}/{y}). Without JavaScript the plain map links remain.
(function () {
  "use strict";
  var ZOOM = 16, TILE = 256;

  function tileUrl(template, z, x, y) {
    return template.replace("{z}", z).replace("{x}", x).replace("{y}", y);
  }

  function draw(el) {
    var lat = parseFloat(el.dataset.lat), lon = parseFloat(el.dataset.lon), template = el.dataset.tiles;
    if (!template || isNaN(lat) || isNaN(lon)) { return; }
    el.hidden = false;
    var n = Math.pow(2, ZOOM), rad = lat * Math.PI / 180;
    var px = (lon + 180) / 360 * n * TILE;
    var py = (1 - Math.log(Math.tan(rad) + 1 / Math.cos(rad)) / Math.PI) / 2 * n * TILE;
    var width = el.clientWidth, height = el.clientHeight;
    var left = px - width / 2, top = py - height / 2;
    for (var tx = Math.floor(left / TILE); tx <= Math.floor((left + width) / TILE); tx++) {
      for (var ty = Math.floor(top / TILE); ty <= Math.floor((top + height) / TILE); ty++) {
        var img = document.createElement("img");
        img.alt = "";
        img.src = tileUrl(template, ZOOM, tx, ty);
        img.style.transform = "translate(" + Math.round(tx * TILE - left) + "px," + Math.round(ty * TILE - top) + "px)";
        el.appendChild(img);
      }
    }
    var marker = document.createElement("span");
    marker.className = "map-marker";
    marker.setAttribute("role", "img");
    marker.setAttribute("aria-label", el.dataset.label || "");
    el.appendChild(marker);
  }

  document.querySelectorAll(".directory-map").forEach(draw);
})();
