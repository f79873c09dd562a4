// Measures a leaderdeck coverage page shown in the window `win` (a 390 x 844 frame of
// tests/test_coverage_chromium.py's harness page), every folded part opened: horizontal
// overflow, WCAG contrast of every visible piece of text (HTML text on its background, SVG
// text on the cell it sits in), the smallest text, the page colours, and every resource asked for.
function measureCoverage(win) {
  const document = win.document;
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
  const describe = (element) => `<${element.localName} class="${element.getAttribute("class") || ""}"> ${element.textContent.trim().slice(0, 30)}`;
  const ownText = (element) => [...element.childNodes].some((n) => n.nodeType === 3 && n.textContent.trim());

  document.querySelectorAll("details").forEach((d) => { d.open = true; });
  const result = {
    page: { scrollWidth: document.documentElement.scrollWidth, innerWidth: win.innerWidth },
    dark: win.matchMedia("(prefers-color-scheme: dark)").matches,
    canvas: style(document.body).backgroundColor,
    overflow: [], lowContrast: [], minContrast: 99, lowest: "", texts: 0, svgTexts: 0, smallest: 99,
    resources: win.performance.getEntriesByType("resource").map((e) => e.name),
    loaders: [...document.querySelectorAll(LOADING)].map((e) => e.outerHTML.slice(0, 120)),
  };
  const judge = (element, fore, back, large) => {
    const value = ratio(over(fore, back), back);
    if (value < result.minContrast) {
      result.minContrast = Number(value.toFixed(2));
      result.lowest = `${describe(element)} on rgb(${back.slice(0, 3).map(Math.round)})`;
    }
    if (value < (large ? 3 : 4.5)) result.lowContrast.push(`${describe(element)} ${value.toFixed(2)}`);
  };
  for (const element of document.body.querySelectorAll("*")) {
    const box = element.getBoundingClientRect();
    if (box.width && (box.right > win.innerWidth + 0.5 || box.left < -0.5)) result.overflow.push(`${describe(element)} sticks out`);
    const look = style(element);
    if (element.scrollWidth > element.clientWidth + 1 && /auto|scroll/.test(look.overflowX)) {
      result.overflow.push(`${describe(element)} scrolls sideways`);
    } else if (element.clientWidth && element.scrollWidth > element.clientWidth + 1 && !/hidden|clip/.test(look.overflowX)) {
      result.overflow.push(`${describe(element)} content ${element.scrollWidth}px wide`);
    }
    if (!ownText(element) || !element.getClientRects().length || look.visibility !== "visible") continue;
    if (element.closest("title") || element.closest(".cv-hidden")) continue;
    const size = parseFloat(look.fontSize);
    const large = size >= 24 || (size >= 18.66 && Number(look.fontWeight) >= 700);
    if (element instanceof win.SVGElement) {
      const rect = element.parentElement.querySelector("rect");
      const back = rect ? over(rgba(style(rect).fill), background(element.closest("svg"))) : background(element.closest("svg"));
      const scale = element.closest("svg").getBoundingClientRect().width / element.closest("svg").viewBox.baseVal.width;
      result.smallest = Math.min(result.smallest, Number((size * scale).toFixed(1)));
      result.svgTexts += 1;
      judge(element, rgba(look.fill), back, large);
    } else {
      result.smallest = Math.min(result.smallest, size);
      result.texts += 1;
      judge(element, rgba(look.color), background(element), large);
    }
  }
  if (result.page.scrollWidth > result.page.innerWidth) result.overflow.push(`page ${result.page.scrollWidth}px wide`);
  return result;
}
