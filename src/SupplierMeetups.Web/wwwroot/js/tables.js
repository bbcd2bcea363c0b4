// On a phone every wide table is shown as one card per row (roles.css); each cell is captioned with its column's
// head, unless the view already wrote a data-label.
(function () {
  for (const table of document.querySelectorAll("table.grid:not(.schedule-grid), table.door-table")) {
    const heads = [...table.querySelectorAll(":scope > thead > tr:first-child > th")].map(th => th.textContent.trim());
    if (heads.length === 0) continue;
    for (const row of table.querySelectorAll(":scope > tbody > tr")) {
      let column = 0;
      for (const cell of row.children) {
        const label = heads[column];
        if (label && !cell.hasAttribute("data-label")) cell.setAttribute("data-label", label);
        column += cell.colSpan || 1;
      }
    }
  }
})();
