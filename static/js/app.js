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

  // The Menu button folds the navigation on a phone (CSS shows the button below 960 px).
  // Without this script the button stays hidden and the navigation open.
  function setUpMenu() {
    var toggle = document.querySelector(".menu-toggle");
    var menu = toggle && document.getElementById(toggle.getAttribute("aria-controls"));
    if (!menu) return;
    toggle.hidden = false;
    toggle.addEventListener("click", function () {
      var open = toggle.getAttribute("aria-expanded") !== "true";
      toggle.setAttribute("aria-expanded", open ? "true" : "false");
    });
    document.addEventListener("keydown", function (event) {
      if (event.key !== "Escape" || toggle.getAttribute("aria-expanded") !== "true") return;
      if (getComputedStyle(toggle).display === "none") return;
      toggle.setAttribute("aria-expanded", "false");
      toggle.focus();
    });
  }
  document.addEventListener("DOMContentLoaded", setUpMenu);

  // A page that keeps no history snapshot (hx-history="false": the Message Center) is
  // loaded again when the browser brings it back from its back-forward cache, so Back
  // never shows a choice of filter beside a list it does not match, or old unread counts.
  window.addEventListener("pageshow", function (event) {
    if (event.persisted && document.querySelector('[hx-history="false"]')) window.location.reload();
  });

  // On a phone the panel of the order or offer beside a conversation starts folded, so the
  // conversation comes first; its summary opens it.
  document.addEventListener("DOMContentLoaded", function () {
    var panel = document.getElementById("thread-context");
    if (panel && window.matchMedia("(max-width: 959px)").matches) panel.open = false;
  });

  // The thread list beside a conversation (wide screens) marks the open one.
  document.addEventListener("htmx:afterSwap", function (event) {
    var sidebar = event.detail.target && event.detail.target.closest(".thread-sidebar");
    if (!sidebar) return;
    sidebar.querySelectorAll(".thread a").forEach(function (link) {
      if (link.pathname === window.location.pathname) link.setAttribute("aria-current", "page");
    });
  });
})();

// Enter in a search box inside a bigger form (the checkout's pickup-point search) runs
// that search instead of submitting the form.
document.addEventListener("keydown", function (event) {
  var input = event.target;
  if (event.key !== "Enter" || !input.dataset || !input.dataset.searchButton) return;
  var button = document.getElementById(input.dataset.searchButton);
  if (!button) return;
  event.preventDefault();
  button.click();
});
