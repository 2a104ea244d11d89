// Small behaviours htmx does not cover. No inline scripts: the CSP allows only our files.
(function () {
  "use strict";

  // A form whose request failed (network down, server error) keeps what the user typed and
  // says so, in the language of the page (the text comes from data-send-error).
  function showSendError(event) {
    var form = event.detail.elt && event.detail.elt.closest("form[data-send-error]");
    if (!form) return;
    var slot = form.querySelector(".send-error");
    if (!slot) return;
    slot.textContent = form.getAttribute("data-send-error");
    slot.hidden = false;
  }
  document.addEventListener("htmx:responseError", showSendError);
  document.addEventListener("htmx:sendError", showSendError);

  function scrollConversation() {
    var list = document.getElementById("message-list");
    if (list) list.scrollTop = list.scrollHeight;
  }
  document.addEventListener("DOMContentLoaded", scrollConversation);
  document.addEventListener("htmx:oobAfterSwap", function (event) {
    if (event.detail.target && event.detail.target.id === "message-list") scrollConversation();
  });
})();
