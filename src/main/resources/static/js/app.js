// Sends the CSRF token with every htmx request and asks before destructive actions.
document.addEventListener('htmx:configRequest', function (event) {
  var header = document.querySelector('meta[name="csrf-header"]');
  var token = document.querySelector('meta[name="csrf-token"]');
  if (header && token) {
    event.detail.headers[header.content] = token.content;
  }
});
document.addEventListener('submit', function (event) {
  var button = event.submitter;
  var question = (button && button.dataset.confirm) || event.target.dataset.confirm;
  if (question && !window.confirm(question)) {
    event.preventDefault();
  }
});
document.addEventListener('click', function (event) {
  if (event.target.matches('[data-print]')) {
    window.print();
  }
  // Export and print what the list shows now: its filters live in the address (htmx pushes them).
  var link = event.target.closest('a[data-current-query]');
  if (link) {
    link.href = link.href.split('?')[0] + window.location.search;
  }
});
document.addEventListener('change', function (event) {
  if (event.target.matches('[data-autosubmit]')) {
    event.target.form.submit();
  }
});

// Long lists become searchable pickers (Tom Select, from WebJars): type part of a name or its
// pinyin initials ("zjg" for 张建国). Without JavaScript they stay plain selects.
document.addEventListener('DOMContentLoaded', function () {
  if (typeof TomSelect === 'undefined') {
    return;
  }
  document.querySelectorAll('select[data-picker="true"]').forEach(function (select) {
    var form = select.closest('form');
    var empty = (form && form.dataset.pickerEmpty) || '';
    new TomSelect(select, {
      searchField: ['text', 'initials'],
      dataAttr: 'data-data',
      maxOptions: null,
      plugins: select.multiple ? ['remove_button'] : [],
      render: {
        no_results: function () {
          var note = document.createElement('div');
          note.className = 'no-results';
          note.textContent = empty;
          return note;
        }
      }
    });
  });
});

// Text that reaches its field's limit says so, instead of silently refusing more characters.
document.addEventListener('input', function (event) {
  var field = event.target;
  var form = field.form;
  if (!form || !form.dataset.limitNote || !field.maxLength || field.maxLength < 0) {
    return;
  }
  var note = field.parentElement.querySelector('.limit-note');
  if (field.value.length >= field.maxLength) {
    if (!note) {
      note = document.createElement('div');
      note.className = 'form-text text-warning limit-note';
      note.setAttribute('role', 'status');
      field.insertAdjacentElement('afterend', note);
    }
    note.textContent = form.dataset.limitNote.replace('{0}', field.maxLength);
  } else if (note) {
    note.remove();
  }
});
