// The hub map: markers from the GeoJSON feed; tiles only when a tile server is configured.
(function () {
  "use strict";
  var element = document.getElementById("hub-map");
  if (!element || typeof L === "undefined") {
    return;
  }
  var map = L.map(element, { worldCopyJump: true }).setView([20, 0], 2);
  if (element.dataset.tiles) {
    L.tileLayer(element.dataset.tiles, {
      maxZoom: 18,
      attribution: element.dataset.attribution || "",
    }).addTo(map);
  }
  function popup(feature) {
    var wrapper = document.createElement("div");
    var link = document.createElement("a");
    link.href = feature.properties.url;
    link.textContent = feature.properties.name;
    var place = document.createElement("p");
    place.textContent = feature.properties.city + ", " + feature.properties.country;
    wrapper.appendChild(link);
    wrapper.appendChild(place);
    return wrapper;
  }
  fetch(element.dataset.geojson, { headers: { Accept: "application/geo+json" } })
    .then(function (response) {
      return response.json();
    })
    .then(function (data) {
      var layer = L.geoJSON(data, {
        pointToLayer: function (feature, latlng) {
          return L.circleMarker(latlng, {
            radius: 7,
            color: "#7a1f3d",
            fillColor: "#d9486f",
            fillOpacity: 0.85,
            weight: 2,
          });
        },
        onEachFeature: function (feature, marker) {
          marker.bindPopup(popup(feature));
          // A string would be inserted as HTML; hub names are typed by coordinators.
          marker.bindTooltip(document.createTextNode(feature.properties.name));
        },
      }).addTo(map);
      if (data.features.length) {
        map.fitBounds(layer.getBounds(), { maxZoom: 8, padding: [20, 20] });
      }
      element.dataset.markers = String(data.features.length);
    });
})();
