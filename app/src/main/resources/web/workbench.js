// Keyboard help for the workbench; every page also works without this script.
document.addEventListener('keydown', function (e) {
  var t = e.target;
  var typing = t && (t.tagName === 'INPUT' || t.tagName === 'TEXTAREA' || t.tagName === 'SELECT' || t.isContentEditable);
  if (e.key === '/' && !typing && !e.ctrlKey && !e.metaKey && !e.altKey) {
    var q = document.getElementById('q');
    if (q) {
      e.preventDefault();
      q.focus();
      q.select();
    }
  }
});
