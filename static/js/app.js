// Small behaviours htmx does not cover. No inline scripts: the CSP allows only our files.
(function () {
  "use strict";

  // A form whose request failed (network down, server error) keeps what the user typed and
  // says so, in the language of the page (the text comes from data-send-error).
  // A refusal the server explained (too large, too many requests, malformed: core/errors.py)
  // shows the server's words instead.
  function serverMessage(xhr) {
    if (!xhr || !xhr.responseText) return "";
    var type = xhr.getResponseHeader("Content-Type") || "";
    if (type.indexOf("text/html") !== 0) return "";
    var doc = new DOMParser().parseFromString(xhr.responseText, "text/html");
    var node = doc.querySelector("[data-error-message]");
    return node ? node.textContent.trim() : "";
  }

  function showSendError(event) {
    var form = event.detail.elt && event.detail.elt.closest("form");
    if (!form) return;
    var text = serverMessage(event.detail.xhr) || form.getAttribute("data-send-error");
    if (!text) return;
    var slot = form.querySelector(".send-error");
    if (!slot) {
      slot = document.createElement("p");
      slot.className = "send-error errors";
      slot.setAttribute("role", "alert");
      form.appendChild(slot);
    }
    slot.textContent = text;
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
