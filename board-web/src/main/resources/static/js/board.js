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

// Forms, progressively enhanced: everything works without script.
document.addEventListener('DOMContentLoaded', function () {
  // A refused form: the summary of what to correct takes the focus, so keyboard and screen-reader users start there.
  var summary = document.getElementById('form-errors');
  if (summary) {
    // Each refusal in the summary names its field, so that eleven "This is required." can be told apart.
    summary.querySelectorAll('a[href^="#"]').forEach(function (link) {
      var id = link.getAttribute('href').substring(1);
      var label = document.querySelector('label[for="' + id + '"] span') || document.querySelector('label[for="' + id + '"]');
      if (label && label.textContent.trim()) {
        link.textContent = label.textContent.trim() + ': ' + link.textContent;
      }
    });
    summary.focus();
  }
  // After a row was added or removed, the keyboard continues in the new row (or at the button that adds one).
  var focusForm = document.querySelector('form[data-focus]');
  var target = focusForm && document.getElementById(focusForm.getAttribute('data-focus'));
  if (target && !summary) {
    var field = target.matches('input, select, textarea, button') ? target : target.querySelector('input, select, textarea');
    (field || target).focus();
  }
  // Leaving a form with unsaved changes asks first.
  document.querySelectorAll('form[data-warn-unsaved]').forEach(function (form) {
    var dirty = false;
    form.addEventListener('input', function () { dirty = true; });
    form.addEventListener('change', function () { dirty = true; });
    form.addEventListener('submit', function () { dirty = false; });
    window.addEventListener('beforeunload', function (event) {
      if (dirty) {
        event.preventDefault();
        event.returnValue = form.getAttribute('data-unsaved-message') || '';
      }
    });
  });
  // Slow actions show that they are working and cannot be sent twice.
  document.querySelectorAll('form').forEach(function (form) {
    form.addEventListener('submit', function (event) {
      if (form.getAttribute('aria-busy') === 'true') {
        event.preventDefault();
        return;
      }
      form.setAttribute('aria-busy', 'true');
      // A response that is a download leaves the page as it was: the form works again after a while.
      window.setTimeout(function () { form.removeAttribute('aria-busy'); }, 8000);
      var button = event.submitter;
      if (button) {
        button.classList.add('busy');
      }
    });
  });
});
