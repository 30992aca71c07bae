// Maillage: the programme of the Mois de l'ESS on another site.
// <script src="https://…/integrer/widget.js" data-territoire="246200364" async></script>
// inserts, where it stands, a frame listing the programme, and gives the frame
// the height of its content (the frame says it by postMessage).
(function () {
  var script = document.currentScript;
  if (!script || !script.src) return;
  var origin = new URL(script.src).origin;
  var query = new URLSearchParams();
  ["territoire", "niveau", "organisation", "edition", "couleur", "fond", "texte"].forEach(function (name) {
    var value = script.getAttribute("data-" + name);
    if (value) query.set(name, value);
  });
  // The frame sends its height to this page's origin only.
  query.set("hote", location.origin);
  var frame = document.createElement("iframe");
  frame.src = origin + "/integrer/programme?" + query;
  frame.title = script.getAttribute("data-titre") || "Programme du Mois de l'ESS";
  frame.className = "maillage-programme";
  frame.style.width = "100%";
  frame.style.height = "24rem";
  frame.style.border = "0";
  frame.style.display = "block";
  script.parentNode.insertBefore(frame, script);
  window.addEventListener("message", function (event) {
    // From this frame of Maillage's origin only, and a height only.
    if (event.origin !== origin || event.source !== frame.contentWindow) return;
    var data = event.data;
    if (!data || data.type !== "maillage:hauteur" || typeof data.hauteur !== "number" || !isFinite(data.hauteur)) return;
    frame.style.height = Math.max(48, Math.min(Math.ceil(data.hauteur), 50000)) + "px";
  });
})();
