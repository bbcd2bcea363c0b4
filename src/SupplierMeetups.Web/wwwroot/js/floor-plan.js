// Zoom and pan for the server-drawn floor plans (wheel, drag, +/- buttons and keys); Space activates a booth
// like Enter. The plans work without this script: booths are links and the page is printable as it is.
(() => {
  for (const button of document.querySelectorAll("[data-print]")) {
    button.addEventListener("click", () => window.print());
  }
  for (const frame of document.querySelectorAll("[data-plan]")) {
    const svg = frame.querySelector("svg");
    if (!svg) continue;
    const base = svg.viewBox.baseVal;
    const home = { x: base.x, y: base.y, w: base.width, h: base.height };
    let view = { ...home };
    const apply = () => svg.setAttribute("viewBox", `${view.x} ${view.y} ${view.w} ${view.h}`);
    const zoom = (factor, cx = view.x + view.w / 2, cy = view.y + view.h / 2) => {
      const w = Math.min(home.w * 2, Math.max(home.w / 20, view.w * factor));
      const h = w * home.h / home.w;
      view = { x: cx - (cx - view.x) * w / view.w, y: cy - (cy - view.y) * h / view.h, w, h };
      apply();
    };
    const tools = frame.previousElementSibling?.matches("[data-plan-tools]") ? frame.previousElementSibling : null;
    if (tools) {
      tools.hidden = false;
      tools.addEventListener("click", e => {
        const kind = e.target.closest("[data-zoom]")?.dataset.zoom;
        if (kind === "in") zoom(0.8);
        if (kind === "out") zoom(1.25);
        if (kind === "reset") { view = { ...home }; apply(); }
      });
    }
    svg.addEventListener("wheel", e => {
      e.preventDefault();
      const box = svg.getBoundingClientRect();
      zoom(e.deltaY < 0 ? 0.85 : 1 / 0.85, view.x + (e.clientX - box.left) / box.width * view.w, view.y + (e.clientY - box.top) / box.height * view.h);
    }, { passive: false });
    let drag = null;
    svg.addEventListener("pointerdown", e => { drag = { x: e.clientX, y: e.clientY, view: { ...view }, moved: false }; });
    svg.addEventListener("pointermove", e => {
      if (!drag) return;
      const box = svg.getBoundingClientRect();
      const dx = (e.clientX - drag.x) / box.width * view.w, dy = (e.clientY - drag.y) / box.height * view.h;
      if (Math.abs(e.clientX - drag.x) + Math.abs(e.clientY - drag.y) > 4) drag.moved = true;
      if (drag.moved) { view = { ...view, x: drag.view.x - dx, y: drag.view.y - dy }; apply(); }
    });
    svg.addEventListener("pointerup", () => { setTimeout(() => { drag = null; }, 0); });
    svg.addEventListener("click", e => { if (drag?.moved) e.preventDefault(); }, true);
    frame.addEventListener("keydown", e => {
      if (e.key === "+" || e.key === "=") zoom(0.8);
      else if (e.key === "-") zoom(1.25);
      else if (e.key === " " && e.target.matches(".booth")) { e.preventDefault(); e.target.dispatchEvent(new MouseEvent("click", { bubbles: true })); }
    });
  }
})();
