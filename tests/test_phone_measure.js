// Measures a leaderdeck preview page shown in the window `win` (a 390 x 844
// frame of tests/test_phone_chromium.py's harness page), once it has loaded:
// horizontal overflow of the page and of every phone screen at phone widths,
// WCAG contrast of every visible piece of text in day and night mode (turning
// the page's own Day/Night switch, with fronts and backs both shown), and
// every resource the page asked for.
function measurePreview(win) {
  const document = win.document;
  const WIDTHS = [360, 390, 414];
  const LOADING = "img, picture, video, audio, source, track, embed, object, iframe, frame, script[src], link, [style*='url(']";

  const rgba = (text) => {
    const parts = (text.match(/[\d.]+/g) || []).map(Number);
    return parts.length >= 3 ? [parts[0], parts[1], parts[2], parts.length > 3 ? parts[3] : 1] : [0, 0, 0, 0];
  };
  const over = (top, bottom) => {
    const alpha = top[3] + bottom[3] * (1 - top[3]);
    if (!alpha) return [0, 0, 0, 0];
    const mix = (i) => (top[i] * top[3] + bottom[i] * bottom[3] * (1 - top[3])) / alpha;
    return [mix(0), mix(1), mix(2), alpha];
  };
  const luminance = ([r, g, b]) => {
    const channel = (v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
  };
  const ratio = (a, b) => {
    const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
    return (hi + 0.05) / (lo + 0.05);
  };
  const style = (element) => win.getComputedStyle(element);
  const background = (element) => {
    const layers = [];
    for (let e = element; e; e = e.parentElement) layers.push(rgba(style(e).backgroundColor));
    return layers.reverse().reduce((below, layer) => over(layer, below), [255, 255, 255, 1]);
  };
  const ownText = (element) => [...element.childNodes].some((n) => n.nodeType === 3 && n.textContent.trim());
  let mode = "day";
  const where = (screen) => {
    const view = screen.closest(".pv-view");
    return `${screen.closest(".pv-card").id} ${view.dataset.side} ${mode}`;
  };
  const describe = (element) => `<${element.localName} class="${element.className}">`;

  const result = {
    page: { scrollWidth: document.documentElement.scrollWidth, innerWidth: win.innerWidth },
    screens: 0, screenWidths: [], widths: WIDTHS, overflow: [], lowContrast: [],
    minContrast: { day: 99, night: 99 }, lowest: { day: "", night: "" }, texts: { day: 0, night: 0 }, canvas: { day: [], night: [] },
    resources: win.performance.getEntriesByType("resource").map((e) => e.name),
    loaders: [...document.querySelectorAll(LOADING)].map((e) => e.outerHTML.slice(0, 120)),
  };

  const contrast = (screen, mode) => {
    const canvas = style(screen).backgroundColor;
    if (!result.canvas[mode].includes(canvas)) result.canvas[mode].push(canvas);
    for (const element of screen.querySelectorAll("*")) {
      const look = style(element);
      if (!ownText(element) || !element.getClientRects().length || look.visibility !== "visible") continue;
      const back = background(element);
      const value = ratio(over(rgba(look.color), back), back);
      const size = parseFloat(look.fontSize);
      const large = size >= 24 || (size >= 18.66 && Number(look.fontWeight) >= 700);
      result.texts[mode] += 1;
      if (value < result.minContrast[mode]) {
        result.minContrast[mode] = Number(value.toFixed(2));
        result.lowest[mode] = `${describe(element)} ${look.color} on rgb(${back.slice(0, 3).map(Math.round)})`;
      }
      if (value < (large ? 3 : 4.5)) result.lowContrast.push(`${where(screen)} ${describe(element)} ${value.toFixed(2)}`);
    }
  };

  const overflow = (screen, width) => {
    const frame = screen.getBoundingClientRect();
    if (screen.scrollWidth > screen.clientWidth) {
      result.overflow.push(`${where(screen)} at ${width}px: content ${screen.scrollWidth}px wide`);
    }
    for (const element of screen.querySelectorAll("*")) {
      const box = element.getBoundingClientRect();
      if (box.width && (box.right > frame.right + 0.5 || box.left < frame.left - 0.5)) {
        result.overflow.push(`${where(screen)} at ${width}px: ${describe(element)} sticks out`);
      }
      if (element.scrollWidth > element.clientWidth + 1 && /auto|scroll/.test(style(element).overflowX)) {
        result.overflow.push(`${where(screen)} at ${width}px: ${describe(element)} scrolls sideways`);
      }
    }
  };

  if (result.page.scrollWidth > result.page.innerWidth) result.overflow.push(`page ${result.page.scrollWidth}px wide`);
  const both = document.getElementById("pv-side-both");
  if (both) both.checked = true;
  for (mode of ["day", "night"]) {
    document.getElementById(`pv-mode-${mode}`).checked = true;
    for (const screen of document.querySelectorAll(".pv-screen")) {
      result.screens += 1;
      const width = screen.getBoundingClientRect().width;
      if (!result.screenWidths.includes(width)) result.screenWidths.push(width);
      screen.querySelectorAll("details").forEach((d) => { d.open = true; });
      contrast(screen, mode);
      for (const phone of WIDTHS) {
        screen.style.width = `${phone}px`;
        screen.style.maxWidth = "none";
        overflow(screen, phone);
      }
      screen.style.width = screen.style.maxWidth = "";
    }
  }
  result.sides = {};
  for (const side of ["front", "back"]) {
    document.getElementById(`pv-side-${side}`).checked = true;
    const shown = [...document.querySelectorAll(".pv-view")].filter((v) => v.getClientRects().length);
    result.sides[side] = [...new Set(shown.map((v) => v.dataset.side))];
  }
  return result;
}
