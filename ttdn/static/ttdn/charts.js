// Renders every <div class="vega-chart" data-spec="name"> from the JSON in #chart-specs.
(function () {
  const holder = document.getElementById("chart-specs");
  if (!holder || typeof vegaEmbed === "undefined") return;
  const specs = JSON.parse(holder.textContent);
  document.querySelectorAll(".vega-chart[data-spec]").forEach(function (el) {
    const spec = specs[el.dataset.spec];
    if (!spec) return;
    const section = el.closest("section");
    const heading = el.previousElementSibling && /^H[1-6]$/.test(el.previousElementSibling.tagName)
      ? el.previousElementSibling : section && section.querySelector("h1,h2,h3,h4,h5,h6");
    // One accessible name per chart (the figures are also in the tables and the CSV);
    // Vega's per-mark ARIA output leaves unlabelled empty marks, so it is turned off.
    if (heading) { el.setAttribute("role", "img"); el.setAttribute("aria-label", heading.textContent.trim()); }
    spec.config = Object.assign({}, spec.config, { aria: false, mark: { aria: false } });
    vegaEmbed(el, spec, { actions: false, renderer: "svg" })
      .then(function () { el.dataset.rendered = "1"; })
      .catch(function (err) { el.textContent = String(err); });
  });
})();
