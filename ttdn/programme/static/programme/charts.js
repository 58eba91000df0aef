// Render every <div data-vega-spec="id-of-json-script"> with the vendored vega-embed.
document.querySelectorAll("[data-vega-spec]").forEach(function (el) {
  var source = document.getElementById(el.dataset.vegaSpec);
  if (!source || typeof vegaEmbed !== "function") return;
  vegaEmbed(el, JSON.parse(source.textContent), { actions: false, renderer: "svg" }).catch(function (err) {
    el.textContent = el.dataset.error || String(err);
  });
});
