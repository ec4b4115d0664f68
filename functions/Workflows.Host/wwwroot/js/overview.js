// Draws the overview's bar charts from the JSON the page embeds; every chart's data is also in a table.
(function () {
  "use strict";
  var source = document.getElementById("overview-data");
  if (!source || typeof Chart === "undefined") { return; }
  var charts = JSON.parse(source.textContent);
  Chart.defaults.font.family = '"Titillium Web", Geneva, Tahoma, sans-serif';
  Chart.defaults.font.size = 14;
  Chart.defaults.color = "#1a1a1a";
  var reduceMotion = window.matchMedia && window.matchMedia("(prefers-reduced-motion: reduce)").matches;
  charts.forEach(function (c) {
    var canvas = document.getElementById(c.id);
    if (!canvas || c.values.length === 0) { return; }
    new Chart(canvas, {
      type: "bar",
      data: { labels: c.labels, datasets: [{ label: c.label, data: c.values, backgroundColor: "#0066cc", borderColor: "#004d99", borderWidth: 1 }] },
      options: {
        indexAxis: "y",
        maintainAspectRatio: false,
        animation: reduceMotion ? false : { duration: 300 },
        plugins: { legend: { display: false } },
        scales: { x: { beginAtZero: true, ticks: { precision: 0 } } }
      }
    });
  });
})();
