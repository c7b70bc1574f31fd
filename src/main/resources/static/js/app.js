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
});
document.addEventListener('change', function (event) {
  if (event.target.matches('[data-autosubmit]')) {
    event.target.form.submit();
  }
});
