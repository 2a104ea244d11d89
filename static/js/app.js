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

  // --- Message Center tools (messaging/bulk.py, messaging/templates_views.py) -----------

  function announce(text) {
    var region = document.getElementById("live-announcer");
    if (!region || !text) return;
    region.textContent = "";
    var line = document.createElement("p");
    line.textContent = text;
    region.appendChild(line);
  }

  // "Select all on this page" ticks every conversation of the list (shown only with this
  // script); it shows as mixed when only some are ticked.
  function rowBoxes() {
    var list = document.getElementById("thread-list");
    return list ? Array.prototype.slice.call(list.querySelectorAll('input[name="thread"]')) : [];
  }
  function syncSelectAll() {
    var all = document.getElementById("select-all-threads");
    if (!all) return;
    var boxes = rowBoxes();
    var ticked = boxes.filter(function (box) { return box.checked; }).length;
    all.checked = boxes.length > 0 && ticked === boxes.length;
    all.indeterminate = ticked > 0 && ticked < boxes.length;
  }
  document.addEventListener("DOMContentLoaded", function () {
    var all = document.getElementById("select-all-threads");
    if (!all) return;
    all.closest("label").hidden = false;
    all.addEventListener("change", function () {
      rowBoxes().forEach(function (box) { box.checked = all.checked; });
    });
  });
  document.addEventListener("change", function (event) {
    if (event.target.matches && event.target.matches('#thread-list input[name="thread"]')) syncSelectAll();
  });
  document.addEventListener("htmx:afterSwap", syncSelectAll);

  // A reply template goes into the reply box, filled for this conversation in the buyer's
  // language; the seller edits it and sends as usual. Without this script the picker's
  // form opens a page with the filled reply box.
  document.addEventListener("submit", function (event) {
    var form = event.target;
    if (!form.matches || !form.matches("form[data-template-picker]")) return;
    var box = document.querySelector('#reply-form textarea[name="text"]');
    if (!box) return;
    event.preventDefault();
    var url = form.action + "?" + new URLSearchParams(new FormData(form)).toString();
    fetch(url, { headers: { Accept: "application/json" }, credentials: "same-origin" })
      .then(function (response) {
        if (!response.ok) throw new Error(String(response.status));
        return response.json();
      })
      .then(function (data) {
        if (!box.value) {
          box.value = data.text;
        } else {
          box.setRangeText(data.text, box.selectionStart, box.selectionEnd, "end");
        }
        box.dispatchEvent(new Event("input", { bubbles: true }));
        box.focus();
        announce(form.getAttribute("data-inserted"));
      })
      .catch(function () { announce(form.getAttribute("data-send-error")); });
  });

  // The thread list follows new messages: every few seconds it asks whether anything it
  // shows changed (an empty 204 while nothing did) and, if so, puts the new or changed
  // rows in place, keeping ticked boxes, focus, the scroll position and the search box.
  var LIST_POLL_MS = 4000;
  function sameRow(a, b) {
    return a.className === b.className && a.innerHTML === b.innerHTML;
  }
  function mergeList(current, fresh) {
    current.setAttribute("data-marker", fresh.getAttribute("data-marker") || "");
    var oldList = current.querySelector("ul.threads");
    var newList = fresh.querySelector("ul.threads");
    if (!oldList || !newList) {
      if (current.contains(document.activeElement)) return; // not under the user's keys
      current.innerHTML = fresh.innerHTML;
      return 0;
    }
    var oldRows = {};
    Array.prototype.forEach.call(oldList.children, function (li) {
      oldRows[li.getAttribute("data-thread-id")] = li;
    });
    var changed = 0;
    var keep = [];
    Array.prototype.forEach.call(newList.children, function (li, index) {
      var id = li.getAttribute("data-thread-id");
      var old = oldRows[id];
      var node = old;
      if (!old || !sameRow(old, li)) {
        node = document.importNode(li, true);
        changed += 1;
        if (old) {
          var box = old.querySelector('input[name="thread"]');
          var focused = old.contains(document.activeElement) ? document.activeElement : null;
          var newBox = node.querySelector('input[name="thread"]');
          if (box && newBox) newBox.checked = box.checked;
          old.replaceWith(node);
          if (focused) (focused === box ? newBox : node.querySelector("a") || newBox).focus();
        }
      }
      keep.push(node);
      var at = oldList.children[index];
      if (at !== node) oldList.insertBefore(node, at || null);
    });
    Array.prototype.slice.call(oldList.children, keep.length).forEach(function (li) {
      if (keep.indexOf(li) === -1 && !li.contains(document.activeElement)) li.remove();
    });
    var pager = current.querySelector(".pager");
    var newPager = fresh.querySelector(".pager");
    if (pager && newPager && !pager.contains(document.activeElement)) pager.innerHTML = newPager.innerHTML;
    return changed;
  }
  function pollList() {
    var current = document.getElementById("thread-list");
    var url = current && current.getAttribute("data-poll-url");
    if (!url || document.visibilityState === "hidden" || current.classList.contains("htmx-request")) return;
    var params = new URLSearchParams({
      since: current.getAttribute("data-marker") || "",
      filter: current.getAttribute("data-filter") || "",
      q: current.getAttribute("data-query") || "",
    });
    fetch(url + "?" + params.toString(), { headers: { "HX-Request": "true" }, credentials: "same-origin" })
      .then(function (response) {
        if (response.status !== 200) return null;
        return response.text();
      })
      .then(function (html) {
        if (!html) return;
        var now = document.getElementById("thread-list");
        if (now !== current) return; // the seller changed the filter meanwhile
        var fresh = new DOMParser().parseFromString(html, "text/html").getElementById("thread-list");
        if (!fresh || fresh.getAttribute("data-filter") !== current.getAttribute("data-filter")) return;
        if (mergeList(current, fresh)) announce(current.getAttribute("data-updated"));
        syncSelectAll();
      })
      .catch(function () {});
  }
  document.addEventListener("DOMContentLoaded", function () {
    if (document.getElementById("thread-list")) window.setInterval(pollList, LIST_POLL_MS);
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
