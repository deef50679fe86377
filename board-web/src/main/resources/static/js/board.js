// Keyboard navigation of the presentation view: left / right arrow (or p / n) for the previous / next case,
// unless the user is typing in a field.
document.addEventListener('keydown', function (event) {
  var main = document.querySelector('main.presentation');
  if (!main || event.altKey || event.ctrlKey || event.metaKey) {
    return;
  }
  var target = event.target;
  if (target && (target.tagName === 'INPUT' || target.tagName === 'TEXTAREA' || target.tagName === 'SELECT' || target.isContentEditable)) {
    return;
  }
  var url = null;
  if (event.key === 'ArrowRight' || event.key === 'n') {
    url = main.getAttribute('data-next');
  } else if (event.key === 'ArrowLeft' || event.key === 'p') {
    url = main.getAttribute('data-previous');
  }
  if (url) {
    event.preventDefault();
    window.location.assign(url);
  }
});
