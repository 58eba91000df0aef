// Show only the parameters of the chosen rule kind (the mapping comes from json_script).
(function () {
  "use strict";
  var data = document.getElementById("alert-parameter-fields");
  var kind = document.getElementById("id_kind");
  if (!data || !kind) return;
  var fields = JSON.parse(data.textContent);
  function update() {
    var wanted = fields[kind.value] || [];
    document.querySelectorAll("#rule-form .param").forEach(function (el) {
      el.hidden = wanted.indexOf(el.dataset.name) < 0;
    });
  }
  kind.addEventListener("change", update);
  update();
})();
