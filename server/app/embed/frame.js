// Inside the embedded programme: tells the page that frames it (the origin it
// named, « hote ») the height of the content, at first and whenever it changes.
(function () {
  if (window.parent === window) return;
  var host;
  try {
    host = new URL(new URLSearchParams(location.search).get("hote") || "").origin;
  } catch (error) {
    return;
  }
  if (!/^https?:/.test(host)) return;
  var last = -1;
  function send() {
    var height = Math.ceil(document.body.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    window.parent.postMessage({ type: "maillage:hauteur", hauteur: height }, host);
  }
  new ResizeObserver(send).observe(document.body);
  send();
})();
