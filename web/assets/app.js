// practicepost compose page: runs the checklist as you type (POST /api/check,
// debounced), marks each finding in the text, counts characters per network
// and previews each channel. Everything is built with textContent: no text
// from the server or the author is ever parsed as HTML.
(function () {
  "use strict";
  var form = document.getElementById("compose");
  if (!form) { return; }
  var body = document.getElementById("body");
  var mirror = document.getElementById("body-mirror");
  var list = document.getElementById("checklist");
  var status = document.getElementById("checklist-status");
  var counts = document.getElementById("counts");
  var image = document.getElementById("image");
  var timer = null;
  var seq = 0;

  function channels() {
    var out = [];
    form.querySelectorAll('input[name="channel"]:checked').forEach(function (c) {
      out.push({ id: c.value, kind: c.getAttribute("data-kind"), name: c.parentNode.textContent.trim() });
    });
    return out;
  }

  function variants() {
    var out = {};
    form.querySelectorAll("textarea[data-variant]").forEach(function (t) {
      if (t.value.trim() !== "") { out[t.getAttribute("data-variant")] = t.value; }
    });
    return out;
  }

  function contentWarnings() {
    var out = {};
    form.querySelectorAll("input[data-cw]").forEach(function (i) {
      if (i.value.trim() !== "") { out[i.getAttribute("data-cw")] = i.value; }
    });
    return out;
  }

  // The fields a network offers beyond the text (visibility, a content
  // warning) show only while its channel is chosen.
  function syncOptions() {
    var chosen = channels().map(function (c) { return c.id; });
    form.querySelectorAll("[data-options]").forEach(function (fs) {
      fs.hidden = chosen.indexOf(fs.getAttribute("data-options")) < 0;
    });
  }

  // topics returns each chosen Google channel's post type with the event's
  // or offer's words, which are published beside the text (disabled parts
  // are not sent, as the form does not send them).
  function topics() {
    var out = {};
    form.querySelectorAll("fieldset[data-topic]").forEach(function (set) {
      if (set.hidden) { return; }
      var id = set.getAttribute("data-topic");
      var t = { type: set.querySelector("[data-topic-type]").value };
      [["title", "event_title_"], ["coupon", "coupon_"], ["terms", "terms_"]].forEach(function (f) {
        var input = form.querySelector('[name="' + f[1] + CSS.escape(id) + '"]');
        if (input && !input.disabled && input.value.trim() !== "") { t[f[0]] = input.value; }
      });
      out[id] = t;
    });
    return out;
  }

  function request() {
    // Each image's answer and description, in order: the stored images,
    // then the one being attached. The descriptions are published.
    var shows = [], alts = [];
    form.querySelectorAll('input[name="media_hash"]').forEach(function (h) {
      var img = h.parentNode.querySelector("img");
      shows.push(false);
      alts.push(img ? img.getAttribute("alt") || "" : "");
    });
    var answer = form.querySelector('input[name="shows_patient"]:checked');
    var alt = form.querySelector("#alt_text");
    if ((image && image.files && image.files.length > 0) || (alt && alt.value.trim() !== "")) {
      shows.push(!!answer && answer.value === "yes" && !!image && image.files.length > 0);
      alts.push(alt ? alt.value : "");
    }
    return {
      body: body.value,
      variants: variants(),
      content_warnings: contentWarnings(),
      channels: channels().map(function (c) { return c.id; }),
      audience: form.querySelector("#audience").value,
      authorization_id: form.querySelector("#authorization_id").value,
      image_shows_patient: shows,
      alt_texts: alts,
      topics: topics()
    };
  }

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) { e.className = cls; }
    if (text !== undefined) { e.textContent = text; }
    return e;
  }

  // mark rebuilds the mirror: the body text with each finding in a <mark>.
  function mark(text, findings) {
    mirror.textContent = "";
    var spans = findings.filter(function (f) { return !f.channel && f.to > f.from; })
      .sort(function (a, b) { return a.from - b.from; });
    var at = 0;
    spans.forEach(function (f) {
      if (f.from < at) { return; }
      mirror.appendChild(document.createTextNode(text.slice(at, f.from)));
      var m = el("mark", "finding sev-" + f.severity, text.slice(f.from, f.to));
      m.title = f.heading + ": " + f.message;
      mirror.appendChild(m);
      at = f.to;
    });
    mirror.appendChild(document.createTextNode(text.slice(at)));
  }

  function show(res, req) {
    list.textContent = "";
    res.findings.forEach(function (f) {
      var li = el("li", "sev-" + f.severity);
      var b = el("button", "linkish", f.heading);
      b.type = "button";
      b.addEventListener("click", function () {
        var target = f.channel ? form.querySelector('textarea[data-variant="' + f.channel + '"]') : body;
        if (target && target.value) { target.focus(); target.setSelectionRange(f.from, f.to); }
      });
      li.appendChild(b);
      li.appendChild(document.createTextNode(" "));
      li.appendChild(el("small", "code", f.rule));
      li.appendChild(document.createTextNode(": " + f.message + (f.match ? " — “" + f.match + "”" : "")));
      if (f.suggestion) { li.appendChild(el("em", "", " Try: " + f.suggestion)); }
      list.appendChild(li);
    });
    var words = { pass: "Looks clean: it can be scheduled without a review.",
      review: "A doctor must review this before it goes out.",
      block: "This cannot go out as written: fix the marked problems, or a doctor must override them." };
    var n = res.findings.length;
    status.textContent = (words[res.verdict] || res.verdict) + (n === 0 ? "" : n === 1 ? " (one thing to look at)" : " (" + n + " things to look at)");
    status.className = "verdict-" + res.verdict;
    mark(req.body, res.findings);
    var parts = [];
    channels().forEach(function (c) {
      var fit = res.channels && res.channels[c.id];
      var card = form.querySelector('[data-preview="' + c.id + '"]');
      var text = req.variants[c.id] || req.body;
      if (card) {
        card.hidden = false;
        card.querySelector(".ptext").textContent = text;
        card.querySelector(".pcount").textContent = fit ? fit.weighted_length + (fit.limit ? " / " + fit.limit : "") + " characters" + (fit.fits ? "" : " — too long") : "";
        card.classList.toggle("over", !!fit && !fit.fits);
      }
      if (fit) { parts.push(c.id + ": " + fit.weighted_length + (fit.limit ? "/" + fit.limit : "") + (fit.fits ? "" : " (too long)")); }
    });
    form.querySelectorAll("[data-preview]").forEach(function (card) {
      if (req.channels.indexOf(card.getAttribute("data-preview")) < 0) { card.hidden = true; }
    });
    counts.textContent = parts.join(" · ");
  }

  function check() {
    var req = request();
    var mine = ++seq;
    status.textContent = "Checking…";
    fetch(form.getAttribute("data-check"), {
      method: "POST",
      credentials: "same-origin",
      headers: { "Content-Type": "application/json", "X-CSRF-Token": form.getAttribute("data-csrf") },
      body: JSON.stringify(req)
    }).then(function (r) {
      return r.json().then(function (j) { return { ok: r.ok, j: j }; });
    }).then(function (x) {
      if (mine !== seq) { return; } // a newer check is on its way
      if (!x.ok) { status.textContent = x.j.error ? x.j.error.message : "The checklist could not run."; return; }
      show(x.j, req);
    }).catch(function () {
      if (mine === seq) { status.textContent = "The checklist could not be reached; it will run when you save."; }
    });
  }

  function later() {
    clearTimeout(timer);
    timer = setTimeout(check, 350);
  }

  form.addEventListener("input", later);
  form.addEventListener("change", later);
  form.addEventListener("change", syncOptions);
  syncOptions();
  if (image) {
    image.addEventListener("change", function () {
      var need = image.files && image.files.length > 0;
      form.querySelectorAll('input[name="shows_patient"]').forEach(function (r) { r.required = need; });
    });
  }
  if (body.value.trim() !== "") { check(); }
})();

// Google channels' post type fields: without JavaScript every Google
// channel's fieldset shows all its fields and the server says what does not
// belong. With it, a fieldset shows only while its channel is ticked, the
// event and offer parts only for the types they belong to, and the link
// only for a button that takes one. Hidden parts are disabled too, so what
// they hold is not sent.
(function () {
  "use strict";
  var form = document.getElementById("compose");
  if (!form) { return; }
  var sets = form.querySelectorAll("fieldset[data-topic]");
  if (sets.length === 0) { return; }
  function show(node, on) {
    node.hidden = !on;
    node.querySelectorAll("input, select, textarea").forEach(function (f) { f.disabled = !on; });
  }
  function update() {
    sets.forEach(function (set) {
      var id = set.getAttribute("data-topic");
      var box = form.querySelector('input[name="channel"][value="' + CSS.escape(id) + '"]');
      var on = !!box && box.checked;
      show(set, on);
      if (!on) { return; }
      var type = set.querySelector("[data-topic-type]").value;
      set.querySelectorAll("[data-topic-for]").forEach(function (part) {
        show(part, part.getAttribute("data-topic-for").split(" ").indexOf(type) >= 0);
      });
      var button = set.querySelector("[data-topic-button]");
      show(set.querySelector(".topic-url"), type !== "OFFER" && button.value !== "" && button.value !== "CALL");
      button.disabled = type === "OFFER";
    });
  }
  form.addEventListener("change", update);
  update();
})();

// Facebook's login dialog returns the user token in the URL fragment, which
// never reaches the server: copy it and the state into the form, drop it
// from the address bar and history, and post it back.
(function () {
  "use strict";
  var form = document.getElementById("fb-connect");
  if (!form || !window.location.hash) { return; }
  var params = new URLSearchParams(window.location.hash.slice(1));
  history.replaceState(null, "", window.location.pathname);
  form.elements.state.value = params.get("state") || "";
  form.elements.access_token.value = params.get("access_token") || "";
  form.submit();
})();

// "Connect account" answers with a page whose link goes on to the network's
// sign-in page. It is a link, not a redirect of the form, because the
// Content-Security-Policy's form-action 'self' also covers where a form's
// answer redirects. Follow it at once; without JavaScript it is one click.
(function () {
  "use strict";
  var go = document.querySelector("a[data-auto-follow]");
  if (go) { window.location.assign(go.href); }
})();

// Forms that cannot be undone (cancel a post, revoke an authorization) carry
// data-confirm: a stray tap on a phone must not end a post for good.
(function () {
  "use strict";
  document.addEventListener("submit", function (ev) {
    var msg = ev.target.getAttribute && ev.target.getAttribute("data-confirm");
    if (msg && !window.confirm(msg)) { ev.preventDefault(); }
  }, true);
})();
