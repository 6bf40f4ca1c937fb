/* The part of jQuery and bootstrap-table that Great Expectations' Data Docs call, so that
   their tables are drawn from the data written into each page with no network. */
(function () {
  "use strict";
  function Nodes(nodes) { this.nodes = nodes; this.length = nodes.length; }
  function select(arg) {
    if (arg === document || arg === window) return [arg];
    if (arg instanceof Element) return [arg];
    if (arg instanceof Nodes) return arg.nodes;
    if (typeof arg !== "string") return [];
    try { return Array.prototype.slice.call(document.querySelectorAll(arg)); }
    catch (e) { return []; }  // a selector the browser does not accept selects nothing
  }
  function whenReady(fn) {
    if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", fn);
    else fn();
  }
  function $(arg) {
    if (typeof arg === "function") { whenReady(arg); return new Nodes([]); }
    return new Nodes(select(arg));
  }
  function named(value) { return typeof value === "string" ? window[value] : value; }
  function drawTable(table, options) {
    var columns = (options.columns || []).filter(function (c) { return c.visible !== false && c.visible !== "false"; });
    var rowAttributes = named(options.rowAttributes), rowStyle = named(options.rowStyle);
    var html = "<thead><tr>" + columns.map(function (c) { return "<th>" + (c.title || "") + "</th>"; }).join("") +
      "</tr></thead><tbody>";
    (options.data || []).forEach(function (row, index) {
      var attributes = typeof rowAttributes === "function" ? rowAttributes(row, index) || {} : {};
      var style = typeof rowStyle === "function" ? (rowStyle(row, index) || {}).css || {} : {};
      var tr = document.createElement("tr");
      Object.keys(attributes).forEach(function (k) { if (attributes[k] != null) tr.setAttribute(k, attributes[k]); });
      Object.keys(style).forEach(function (k) { tr.style[k] = style[k]; });
      tr.innerHTML = columns.map(function (c) {
        var value = row[c.field];
        return "<td>" + (value == null ? "" : value) + "</td>";
      }).join("");
      html += tr.outerHTML;
    });
    table.innerHTML = html + "</tbody>";
  }
  Nodes.prototype.ready = function (fn) { whenReady(fn); return this; };
  Nodes.prototype.each = function (fn) {
    this.nodes.forEach(function (n, i) { fn.call(n, i, n); });
    return this;
  };
  Nodes.prototype.parent = function () {
    return new Nodes(this.nodes.map(function (n) { return n.parentElement; }).filter(Boolean));
  };
  Nodes.prototype.data = function (key) {
    var n = this.nodes[0];
    return n && n.getAttribute ? n.getAttribute("data-" + key) : undefined;
  };
  Nodes.prototype.fadeIn = Nodes.prototype.show = function () {
    this.nodes.forEach(function (n) { if (n.style) n.style.display = ""; });
    return this;
  };
  Nodes.prototype.fadeOut = Nodes.prototype.hide = function () {
    this.nodes.forEach(function (n) { if (n.style) n.style.display = "none"; });
    return this;
  };
  Nodes.prototype.on = function (event, handler) {
    var name = event.split(".")[0];
    this.nodes.forEach(function (n) {
      if (name === "click-row") {
        n.addEventListener("click", function (e) {
          var tr = e.target.closest && e.target.closest("tr");
          if (tr && tr.parentElement && tr.parentElement.tagName === "TBODY") handler(e, null, new Nodes([tr]));
        });
      } else {
        n.addEventListener(name, handler);
      }
    });
    return this;
  };
  Nodes.prototype.bootstrapTable = function (options) {
    if (options && typeof options === "object") this.nodes.forEach(function (t) { drawTable(t, options); });
    return this;  // methods by name (clearFilterControl, resetSearch) have nothing to do here
  };
  ["tooltip", "popover", "collapse", "datepicker", "modal", "tab", "dropdown"].forEach(function (name) {
    Nodes.prototype[name] = function () { return this; };
  });
  window.$ = window.jQuery = $;
  window.vegaEmbed = function (target) {
    var node = typeof target === "string" ? document.querySelector(target) : target;
    if (node) node.innerHTML = '<p class="offline-note">(chart drawn only with the network)</p>';
    return Promise.resolve();
  };
})();
