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
    const list = document.getElementById("site-suggest");
    if (search && list) {
        const kinds = JSON.parse(list.dataset.kinds || "{}");
        let items = [];
        let active = -1;
        let timer = 0;
        let latest = 0;

        const close = () => {
            list.hidden = true;
            list.replaceChildren();
            search.setAttribute("aria-expanded", "false");
            search.removeAttribute("aria-activedescendant");
            items = [];
            active = -1;
        };

        const highlight = (index) => {
            active = index;
            items.forEach((li, i) => li.setAttribute("aria-selected", i === index ? "true" : "false"));
            if (index >= 0) {
                search.setAttribute("aria-activedescendant", items[index].id);
            } else {
                search.removeAttribute("aria-activedescendant");
            }
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
                li.addEventListener("mousedown", (e) => { e.preventDefault(); location.href = s.url; });
                list.append(li);
                return li;
            });
            list.hidden = items.length === 0;
            search.setAttribute("aria-expanded", items.length > 0 ? "true" : "false");
            active = -1;
        };

        const fetchSuggestions = async () => {
            const q = search.value.trim();
            if (!q) { close(); return; }
            const ticket = ++latest;
            try {
                const response = await fetch("/api/suggest?q=" + encodeURIComponent(q));
                if (!response.ok || ticket !== latest) return;
                render(await response.json());
            } catch {
                close();
            }
        };

        search.addEventListener("input", () => {
            clearTimeout(timer);
            timer = setTimeout(fetchSuggestions, 80);
        });
        search.addEventListener("keydown", (e) => {
            if (e.key === "ArrowDown" && items.length) {
                e.preventDefault();
                highlight((active + 1) % items.length);
            } else if (e.key === "ArrowUp" && items.length) {
                e.preventDefault();
                highlight(active <= 0 ? items.length - 1 : active - 1);
            } else if (e.key === "Enter" && active >= 0) {
                e.preventDefault();
                location.href = items[active].dataset.url;
            } else if (e.key === "Escape") {
                if (!list.hidden) {
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
