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
  // The advice composer: moving an option up, down or to the top happens in place, without a reload; the rows are
  // renumbered so that the form sends them in their new order, and the keyboard stays on the moved option.
  var advised = document.getElementById('advice-options');
  if (advised) {
    advised.addEventListener('click', function (event) {
      var button = event.target.closest('button[data-move]');
      if (!button) {
        return;
      }
      event.preventDefault();
      var row = button.closest('li.option-row');
      var move = button.getAttribute('data-move');
      if (move === 'top') {
        advised.insertBefore(row, advised.firstElementChild);
      } else if (move === 'up' && row.previousElementSibling) {
        advised.insertBefore(row, row.previousElementSibling);
      } else if (move === 'down' && row.nextElementSibling) {
        advised.insertBefore(row.nextElementSibling, row);
      }
      renumberOptions(advised);
      showDeparture(advised);
      var again = row.querySelector('button[data-move="' + move + '"]:not([disabled])')
        || row.querySelector('button[data-move]:not([disabled])');
      (again || row.querySelector('input, select, textarea')).focus();
      var form = advised.closest('form');
      if (form) {
        form.dispatchEvent(new Event('change'));
      }
    });
  }
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

// Gives every row of the composer the index of its place: names (options[2].label), ids (options2.label), the
// labels and descriptions that point to them, the buttons' values and the option's number.
function renumberOptions(list) {
  var rows = list.querySelectorAll(':scope > li.option-row');
  rows.forEach(function (row, index) {
    row.id = 'option-row-' + index;
    row.querySelectorAll('[name^="options["]').forEach(function (field) {
      field.name = field.name.replace(/^options\[\d+\]/, 'options[' + index + ']');
    });
    row.querySelectorAll('[id^="options"]').forEach(function (field) {
      field.id = field.id.replace(/^options\d+/, 'options' + index);
    });
    row.querySelectorAll('label[for^="options"]').forEach(function (label) {
      label.htmlFor = label.htmlFor.replace(/^options\d+/, 'options' + index);
    });
    row.querySelectorAll('[aria-describedby]').forEach(function (field) {
      field.setAttribute('aria-describedby', field.getAttribute('aria-describedby').replace(/options\d+/g, 'options' + index));
    });
    row.querySelectorAll('button[name]').forEach(function (button) {
      button.value = index;
      button.id = button.id.replace(/-\d+$/, '-' + index);
      var move = button.getAttribute('data-move');
      if (move === 'top' || move === 'up') {
        button.disabled = index === 0;
      } else if (move === 'down') {
        button.disabled = index === rows.length - 1;
      }
    });
    var number = row.querySelector('[data-option-number]');
    if (number) {
      number.textContent = number.getAttribute('data-option-number').replace('{0}', index + 1);
    }
  });
}

// The advice departs from the engine when its first options are not the engine's from rank 1 on, in order, or an
// option of the panel stands above one of the engine's (AdviceDraft#departsFromEngine); the reason is asked at once.
function showDeparture(list) {
  var expected = 1;
  var added = false;
  var departs = false;
  var rows = list.querySelectorAll(':scope > li.option-row');
  rows.forEach(function (row, index) {
    var rank = row.getAttribute('data-engine-rank');
    if (!rank) {
      added = true;
      if (index === 0) {
        departs = true;
      }
    } else if (added || Number(rank) !== expected) {
      departs = true;
    } else {
      expected++;
    }
  });
  var note = document.getElementById('override-note');
  if (note) {
    note.hidden = !departs;
  }
}

// The presentation view's clock: time on this case since it was first opened in this tab (kept across the reloads
// of saving notes or attendance), turning red past the planned minutes. Without script it shows 0:00.
document.addEventListener('DOMContentLoaded', function () {
  var clock = document.getElementById('case-timer');
  if (!clock) {
    return;
  }
  var key = 'case-clock:' + window.location.pathname;
  var started = Number(window.sessionStorage.getItem(key));
  if (!started) {
    started = Date.now();
    window.sessionStorage.setItem(key, String(started));
  }
  var planned = Number(clock.getAttribute('data-planned-minutes')) * 60;
  var tick = function () {
    var seconds = Math.floor((Date.now() - started) / 1000);
    clock.textContent = Math.floor(seconds / 60) + ':' + String(seconds % 60).padStart(2, '0');
    clock.classList.toggle('text-danger', planned > 0 && seconds > planned);
  };
  tick();
  window.setInterval(tick, 1000);
});

// The presentation view's further options are rendered when they are first opened: fetched from the view with
// all=true and put in place (the link in them opens that view without script). Printing opens them.
document.addEventListener('DOMContentLoaded', function () {
  var load = function (details) {
    var placeholder = details.querySelector('.deferred');
    if (details.dataset.deferred !== 'true' || !placeholder) {
      return;
    }
    details.dataset.deferred = 'loading';
    var link = placeholder.querySelector('a');
    placeholder.textContent = placeholder.dataset.loading;
    details.setAttribute('aria-busy', 'true');
    fetch(link.href.split('#')[0], { credentials: 'same-origin' })
      .then(function (response) {
        if (!response.ok) {
          throw new Error(String(response.status));
        }
        return response.text();
      })
      .then(function (html) {
        var loaded = new DOMParser().parseFromString(html, 'text/html').getElementById(details.id);
        if (!loaded) {
          throw new Error('missing');
        }
        Array.from(details.children).forEach(function (child) {
          if (child.tagName !== 'SUMMARY') {
            child.remove();
          }
        });
        Array.from(loaded.children).forEach(function (child) {
          if (child.tagName !== 'SUMMARY') {
            details.appendChild(document.importNode(child, true));
          }
        });
        details.dataset.deferred = 'false';
      })
      .catch(function () {
        details.dataset.deferred = 'true';
        link.textContent = placeholder.dataset.failed;
        placeholder.textContent = '';
        placeholder.appendChild(link);
      })
      .finally(function () {
        details.removeAttribute('aria-busy');
      });
  };
  var deferred = document.querySelectorAll('details[data-deferred="true"]');
  deferred.forEach(function (details) {
    details.addEventListener('toggle', function () {
      if (details.open) {
        load(details);
      }
    });
  });
  window.addEventListener('beforeprint', function () {
    deferred.forEach(function (details) {
      details.open = true;
    });
  });
});
