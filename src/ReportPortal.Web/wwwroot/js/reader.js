// ReportPortal reader features: zoom and pan on relation graphs, scrolling to highlighted search terms, copy buttons
// for citations and heading links, and the reader's own date in citations. Every page works without this file.
(() => {
    "use strict";
    const en = document.documentElement.lang === "en";
    const say = (zh, english) => (en ? english : zh);

    // Copying: the Clipboard API where the page may use it, else a selected, hidden text area.
    const copy = async (text) => {
        try {
            await navigator.clipboard.writeText(text);
            return true;
        } catch {
            const area = document.createElement("textarea");
            area.value = text;
            area.className = "visually-hidden";
            area.setAttribute("readonly", "");
            document.body.append(area);
            area.select();
            let ok = false;
            try { ok = document.execCommand("copy"); } catch { /* nothing more to try */ }
            area.remove();
            return ok;
        }
    };
    const status = document.createElement("p");
    status.className = "visually-hidden";
    status.setAttribute("role", "status");
    document.body.append(status);
    const copied = (button, ok) => {
        const label = button.dataset.label ?? (button.dataset.label = button.textContent);
        button.textContent = ok ? say("已复制", "Copied") : say("复制失败", "Copy failed");
        status.textContent = ok ? say("已复制到剪贴板", "Copied to the clipboard") : say("无法复制", "Could not copy");
        setTimeout(() => { button.textContent = label; }, 1500);
    };

    // Citations: the access date is the reader's today; each text gets a copy button.
    const now = new Date();
    const two = (n) => String(n).padStart(2, "0");
    const dates = {
        iso: `${now.getFullYear()}-${two(now.getMonth() + 1)}-${two(now.getDate())}`,
        apa: now.toLocaleDateString("en-US", { year: "numeric", month: "long", day: "numeric" }),
    };
    for (const span of document.querySelectorAll("[data-access]")) span.textContent = dates[span.dataset.access] ?? span.textContent;
    for (const button of document.querySelectorAll("[data-copy-from]")) {
        button.hidden = false;
        button.addEventListener("click", async () => copied(button, await copy(document.getElementById(button.dataset.copyFrom).textContent.trim())));
    }

    // A copy-link button beside every heading of the page (the page's own address for its title). It sits after the
    // heading, in a row with it, so that the heading's text and accessible name stay its own.
    const page = location.origin + location.pathname;
    for (const h of document.querySelectorAll("main h1, main :is(h2, h3, h4)[id]")) {
        const text = h.cloneNode(true);
        text.querySelectorAll(".heading-anchor").forEach((e) => e.remove());
        const button = document.createElement("button");
        button.type = "button";
        button.className = "copy-link";
        button.textContent = say("复制链接", "Copy link");
        button.setAttribute("aria-label", say("复制链接：", "Copy link: ") + text.textContent.trim());
        button.addEventListener("click", async () => copied(button, await copy(h.tagName === "H1" ? page : page + "#" + encodeURIComponent(h.id))));
        const row = document.createElement("div");
        row.className = "heading-row";
        h.before(row);
        row.append(h, button);
    }

    // Highlighted search terms (?h=): bring the first one into view, after the section the link pointed at if any.
    const marks = [...document.querySelectorAll("mark.search-hl")];
    if (marks.length) {
        const target = location.hash && document.getElementById(decodeURIComponent(location.hash.slice(1)));
        const first = (target && marks.find((m) => target.compareDocumentPosition(m) & Node.DOCUMENT_POSITION_FOLLOWING)) || marks[0];
        first.classList.add("search-hl-first");
        first.scrollIntoView({ block: "center" });
    }

    // Relation graphs: wheel, drag, + / − / arrow keys / 0, and buttons; the SVG's viewBox is the view.
    for (const box of document.querySelectorAll(".graph-viewport")) {
        const svg = box.querySelector("svg");
        if (!svg) continue;
        const [x0, y0, w0, h0] = svg.getAttribute("viewBox").split(/[\s,]+/).map(Number);
        const v = { x: x0, y: y0, w: w0, h: h0 };
        const controls = document.createElement("div");
        controls.className = "graph-controls";
        const level = document.createElement("output");
        const button = (label, name, act) => {
            const b = document.createElement("button");
            b.type = "button";
            b.textContent = label;
            b.setAttribute("aria-label", name);
            b.addEventListener("click", act);
            controls.append(b);
        };
        const apply = () => {
            v.x = Math.min(Math.max(v.x, x0 - v.w / 2), x0 + w0 - v.w / 2);
            v.y = Math.min(Math.max(v.y, y0 - v.h / 2), y0 + h0 - v.h / 2);
            svg.setAttribute("viewBox", [v.x, v.y, v.w, v.h].map((n) => Math.round(n * 10) / 10).join(" "));
            box.classList.toggle("zoomed", v.w < w0 - 0.5);
            level.textContent = Math.round((w0 / v.w) * 100) + "%";
        };
        const zoom = (factor, cx = v.x + v.w / 2, cy = v.y + v.h / 2) => {
            const w = Math.min(Math.max(v.w / factor, w0 / 8), w0);
            const f = v.w / w;
            v.x = cx - (cx - v.x) / f;
            v.y = cy - (cy - v.y) / f;
            v.w = w;
            v.h = (h0 * w) / w0;
            apply();
        };
        const reset = () => { Object.assign(v, { x: x0, y: y0, w: w0, h: h0 }); apply(); };
        const scale = () => v.w / svg.getBoundingClientRect().width;
        const at = (e) => {
            const r = svg.getBoundingClientRect();
            return [v.x + (e.clientX - r.left) * scale(), v.y + (e.clientY - r.top) * scale()];
        };

        button("+", say("放大", "Zoom in"), () => zoom(1.25));
        button("−", say("缩小", "Zoom out"), () => zoom(1 / 1.25));
        button(say("复位", "Reset"), say("复位：显示整张图", "Reset: show the whole graph"), reset);
        controls.append(level);
        box.before(controls);
        box.tabIndex = 0;
        box.setAttribute("role", "group");
        box.setAttribute("aria-label", say("关系图：滚轮或 + − 键缩放，拖动或方向键平移，0 键复位", "Graph: zoom with the wheel or + and −, pan by dragging or with the arrow keys, 0 resets"));

        box.addEventListener("wheel", (e) => { e.preventDefault(); zoom(e.deltaY < 0 ? 1.2 : 1 / 1.2, ...at(e)); }, { passive: false });
        box.addEventListener("keydown", (e) => {
            const step = v.w / 10;
            const keys = {
                "+": () => zoom(1.25), "=": () => zoom(1.25), "-": () => zoom(1 / 1.25), "_": () => zoom(1 / 1.25), "0": reset,
                ArrowLeft: () => { v.x -= step; apply(); }, ArrowRight: () => { v.x += step; apply(); },
                ArrowUp: () => { v.y -= step; apply(); }, ArrowDown: () => { v.y += step; apply(); },
            };
            if (keys[e.key] && !e.altKey && !e.ctrlKey && !e.metaKey) {
                e.preventDefault();
                keys[e.key]();
            }
        });

        let drag = null;
        let moved = false;
        box.addEventListener("pointerdown", (e) => {
            if (e.button === 0) { drag = { x: e.clientX, y: e.clientY, id: e.pointerId }; moved = false; }
        });
        box.addEventListener("pointermove", (e) => {
            if (!drag || e.pointerId !== drag.id) return;
            const dx = e.clientX - drag.x;
            const dy = e.clientY - drag.y;
            if (!moved && Math.hypot(dx, dy) < 4) return;
            if (!moved) { moved = true; box.setPointerCapture(e.pointerId); box.classList.add("dragging"); }
            v.x -= dx * scale();
            v.y -= dy * scale();
            drag.x = e.clientX;
            drag.y = e.clientY;
            apply();
        });
        const end = () => { drag = null; box.classList.remove("dragging"); };
        box.addEventListener("pointerup", end);
        box.addEventListener("pointercancel", end);
        // A drag that ends on a node does not open it.
        box.addEventListener("click", (e) => { if (moved) { e.preventDefault(); e.stopPropagation(); moved = false; } }, true);
        apply();
    }
})();
