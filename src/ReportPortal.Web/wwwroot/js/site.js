// ReportPortal: small enhancements; every page works without this file.
(() => {
    // Glossary: filter entries as you type (the form still works without JavaScript).
    const filter = document.querySelector("[data-filter-target]");
    if (filter) {
        const list = document.querySelector(filter.dataset.filterTarget);
        const apply = () => {
            const q = filter.value.trim().toLowerCase();
            for (const entry of list.querySelectorAll(".glossary-entry")) {
                entry.hidden = q.length > 0 && !entry.dataset.names.includes(q);
            }
            for (const group of list.querySelectorAll(".glossary-group")) {
                group.hidden = !group.querySelector(".glossary-entry:not([hidden])");
            }
        };
        filter.addEventListener("input", apply);
    }
})();
