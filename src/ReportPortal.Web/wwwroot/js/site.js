// ReportPortal: small enhancements; every page works without this file.
(() => {
    "use strict";

    // "/" focuses the search box (unless the reader is typing somewhere).
    const search = document.getElementById("site-search");
    document.addEventListener("keydown", (e) => {
        const typing = e.target instanceof HTMLInputElement || e.target instanceof HTMLTextAreaElement || e.target.isContentEditable;
        if (e.key === "/" && !typing && search) {
            e.preventDefault();
            search.focus();
            search.select();
        }
    });

    // Suggestions as you type (ARIA combobox). Enter on a suggestion opens it; otherwise the form searches.
    // Only the answer for the current text is shown: typing aborts the request in flight, and until the new answer
    // is shown the list is marked aria-busy and has no active option, so ArrowDown waits for that answer (and then
    // chooses its first suggestion) instead of choosing from a list that is about to be replaced.
    const list = document.getElementById("site-suggest");
    if (search && list) {
        const kinds = JSON.parse(list.dataset.kinds || "{}");
        let items = [];
        let active = -1;
        let timer = 0;
        let request = null; // the AbortController of the request in flight
        let wantFirst = false; // ArrowDown pressed before the suggestions for the current text arrived

        const highlight = (index) => {
            active = index;
            items.forEach((li, i) => li.setAttribute("aria-selected", i === index ? "true" : "false"));
            if (index >= 0) {
                search.setAttribute("aria-activedescendant", items[index].id);
            } else {
                search.removeAttribute("aria-activedescendant");
            }
        };

        // Forgets any answer still to come.
        const cancel = () => {
            clearTimeout(timer);
            request?.abort();
            request = null;
            list.removeAttribute("aria-busy");
        };

        const close = () => {
            cancel();
            list.hidden = true;
            list.replaceChildren();
            search.setAttribute("aria-expanded", "false");
            items = [];
            highlight(-1);
            wantFirst = false;
        };

        const render = (suggestions) => {
            list.replaceChildren();
            items = suggestions.map((s, i) => {
                const li = document.createElement("li");
                li.id = "site-suggest-" + i;
                li.setAttribute("role", "option");
                li.setAttribute("aria-selected", "false");
                li.dataset.url = s.url;
                const title = document.createElement("span");
                title.className = "suggest-title";
                title.textContent = s.title;
                li.append(title);
                const extra = s.matched !== s.title ? s.matched : s.titleEn;
                if (extra && extra !== s.title) {
                    const en = document.createElement("span");
                    en.className = "suggest-extra";
                    en.textContent = extra;
                    li.append(en);
                }
                const kind = document.createElement("span");
                kind.className = "suggest-kind";
                kind.textContent = kinds[s.kind] ?? s.kind;
                li.append(kind);
                li.addEventListener("mousedown", (e) => { e.preventDefault(); location.assign(s.url); });
                list.append(li);
                return li;
            });
            list.hidden = items.length === 0;
            search.setAttribute("aria-expanded", items.length > 0 ? "true" : "false");
            highlight(wantFirst && items.length ? 0 : -1);
            wantFirst = false;
        };

        const fetchSuggestions = async () => {
            const q = search.value.trim();
            if (!q) { close(); return; }
            const mine = request = new AbortController();
            try {
                const response = await fetch("/api/suggest?q=" + encodeURIComponent(q), { signal: mine.signal });
                const suggestions = response.ok ? await response.json() : [];
                if (mine !== request) return; // an answer for an older text
                request = null;
                list.removeAttribute("aria-busy");
                render(suggestions);
            } catch {
                if (mine === request) close();
            }
        };

        search.addEventListener("input", () => {
            cancel();
            // The list shown is for an older text: nothing in it may be chosen until the new answer replaces it.
            highlight(-1);
            list.setAttribute("aria-busy", "true");
            timer = setTimeout(fetchSuggestions, 80);
        });
        search.addEventListener("keydown", (e) => {
            const waiting = list.hasAttribute("aria-busy");
            if (e.key === "ArrowDown" && waiting) {
                e.preventDefault();
                wantFirst = true;
            } else if (e.key === "ArrowDown" && items.length) {
                e.preventDefault();
                highlight((active + 1) % items.length);
            } else if (e.key === "ArrowUp" && items.length && !waiting) {
                e.preventDefault();
                highlight(active <= 0 ? items.length - 1 : active - 1);
            } else if (e.key === "Enter" && active >= 0) {
                e.preventDefault();
                location.assign(items[active].dataset.url);
            } else if (e.key === "Escape") {
                if (!list.hidden || waiting) {
                    e.preventDefault();
                    close();
                }
            }
        });
        search.addEventListener("blur", () => setTimeout(close, 150));
    }

    // Glossary: filter entries as you type (the form still works without JavaScript).
    const filter = document.querySelector("[data-filter-target]");
    if (filter) {
        const target = document.querySelector(filter.dataset.filterTarget);
        const apply = () => {
            const q = filter.value.trim().toLowerCase().replace(/\s+/g, "");
            for (const entry of target.querySelectorAll(".glossary-entry")) {
                entry.hidden = q.length > 0 && !entry.dataset.names.includes(q);
            }
            for (const group of target.querySelectorAll(".glossary-group")) {
                group.hidden = !group.querySelector(".glossary-entry:not([hidden])");
            }
        };
        filter.addEventListener("input", apply);
    }
})();

// Previews: hovering over or focusing a link to a document shows a card with its title, English name, kind and
// summary (from /api/preview). Escape or moving away dismisses it; the link itself works as a plain link.
(() => {
    "use strict";
    const cache = new Map();
    const card = document.createElement("div");
    card.id = "doc-preview";
    card.className = "preview-card";
    card.setAttribute("role", "tooltip");
    card.hidden = true;
    document.body.append(card);
    let current = null;
    let timer = 0;

    const load = (id) => {
        if (!cache.has(id)) {
            cache.set(id, fetch("/api/preview/" + encodeURIComponent(id)).then((r) => (r.ok ? r.json() : null)).catch(() => null));
        }
        return cache.get(id);
    };

    const hide = () => {
        clearTimeout(timer);
        card.hidden = true;
        if (current) current.removeAttribute("aria-describedby");
        current = null;
    };

    const show = async (link) => {
        const data = await load(link.dataset.doc);
        if (!data || current !== link) return;
        card.replaceChildren();
        const kind = document.createElement("span");
        kind.className = "preview-kind";
        kind.textContent = data.kindName ?? data.kind;
        const title = document.createElement("strong");
        title.textContent = data.title;
        card.append(kind, title);
        if (data.titleEn && data.titleEn !== data.title) {
            const en = document.createElement("span");
            en.className = "preview-en";
            en.lang = "en";
            en.textContent = data.titleEn;
            card.append(en);
        }
        const summary = document.createElement("p");
        summary.textContent = data.summary;
        card.append(summary);
        const rect = link.getBoundingClientRect();
        card.style.left = Math.max(8, Math.min(window.scrollX + rect.left, window.scrollX + document.documentElement.clientWidth - 340)) + "px";
        card.style.top = window.scrollY + rect.bottom + 6 + "px";
        card.hidden = false;
        link.setAttribute("aria-describedby", card.id);
    };

    const start = (event) => {
        const link = event.target.closest?.("a.doc-link[data-doc]");
        if (!link || link === current) return;
        hide();
        current = link;
        timer = setTimeout(() => show(link), event.type === "focusin" ? 0 : 250);
    };

    const stop = (event) => {
        const link = event.target.closest?.("a.doc-link[data-doc]");
        if (link && link === current) hide();
    };

    document.addEventListener("mouseover", start);
    document.addEventListener("focusin", start);
    document.addEventListener("mouseout", stop);
    document.addEventListener("focusout", stop);
    document.addEventListener("keydown", (e) => { if (e.key === "Escape" && !card.hidden) hide(); });
})();

// Theme toggle (remembered), phone navigation, where-am-I in the table of contents, heading links.
(() => {
    "use strict";
    const root = document.documentElement;
    const toggle = document.getElementById("theme-toggle");
    if (toggle) {
        const isDark = () => root.dataset.theme === "dark" || (!root.dataset.theme && matchMedia("(prefers-color-scheme: dark)").matches);
        const sync = () => toggle.setAttribute("aria-pressed", isDark() ? "true" : "false");
        toggle.hidden = false;
        sync();
        toggle.addEventListener("click", () => {
            root.dataset.theme = isDark() ? "light" : "dark";
            try { localStorage.setItem("theme", root.dataset.theme); } catch { /* private mode: not remembered */ }
            sync();
        });
    }

    const navToggle = document.getElementById("nav-toggle");
    const nav = document.getElementById("site-nav");
    if (navToggle && nav) {
        navToggle.addEventListener("click", () => {
            const open = nav.classList.toggle("open");
            navToggle.setAttribute("aria-expanded", open ? "true" : "false");
        });
    }

    const toc = document.querySelector("nav.toc");
    const headings = [...document.querySelectorAll(".prose h2[id], .prose h3[id], .prose h4[id]")];
    if (toc && headings.length && "IntersectionObserver" in window) {
        const links = new Map([...toc.querySelectorAll("a[href^='#']")].map((a) => [decodeURIComponent(a.getAttribute("href").slice(1)), a]));
        const mark = (id) => {
            for (const [key, a] of links) {
                if (key === id) a.setAttribute("aria-current", "true"); else a.removeAttribute("aria-current");
            }
        };
        const observer = new IntersectionObserver((entries) => {
            const visible = entries.filter((e) => e.isIntersecting).sort((a, b) => a.boundingClientRect.top - b.boundingClientRect.top);
            if (visible.length) mark(visible[0].target.id);
        }, { rootMargin: "0px 0px -70% 0px" });
        headings.forEach((h) => observer.observe(h));
    }

    for (const h of headings) {
        const a = document.createElement("a");
        a.className = "heading-anchor";
        a.href = "#" + encodeURIComponent(h.id);
        a.setAttribute("aria-label", (root.lang === "en" ? "Link to this section: " : "本节链接：") + h.textContent);
        a.textContent = "#";
        h.append(a);
    }
})();
