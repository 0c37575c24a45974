// Renders public/icon.svg into the PNG app icons and favicon.ico with the test Chromium: node scripts/make-icons.mjs
import { chromium } from "@playwright/test";
import { readFileSync, writeFileSync } from "node:fs";
const svg = readFileSync("public/icon.svg", "utf8");
const browser = await chromium.launch({ executablePath: readFileSync(".data/chromium-path", "utf8").trim() });
const page = await browser.newPage();
const shot = async (size, maskable = false) => {
  await page.setViewportSize({ width: size, height: size });
  const inner = maskable ? `<div style="width:${size}px;height:${size}px;background:#0a58ca;display:flex;align-items:center;justify-content:center"><img src="data:image/svg+xml;base64,${Buffer.from(svg).toString("base64")}" style="width:${size * 0.8}px;height:${size * 0.8}px"></div>` : `<img src="data:image/svg+xml;base64,${Buffer.from(svg).toString("base64")}" style="width:${size}px;height:${size}px;display:block">`;
  await page.setContent(`<html><body style="margin:0;background:transparent">${inner}</body></html>`);
  return page.screenshot({ omitBackground: true, type: "png" });
};
writeFileSync("public/icon-192.png", await shot(192));
writeFileSync("public/icon-512.png", await shot(512));
writeFileSync("public/icon-maskable-512.png", await shot(512, true));
writeFileSync("public/apple-touch-icon.png", await shot(180, true));
// favicon.ico: an ICO directory holding 16, 32 and 48 px PNGs.
const pngs = [16, 32, 48];
const images = [];
for (const s of pngs) images.push(await shot(s));
const header = Buffer.alloc(6 + 16 * images.length);
header.writeUInt16LE(0, 0); header.writeUInt16LE(1, 2); header.writeUInt16LE(images.length, 4);
let offset = header.length;
images.forEach((img, i) => {
  const e = 6 + 16 * i;
  // ICONDIRENTRY: width, height, colours, reserved (1 byte each); planes, bits (2 each); size, offset (4 each).
  header.writeUInt8(pngs[i], e);
  header.writeUInt8(pngs[i], e + 1);
  header.writeUInt16LE(1, e + 4);
  header.writeUInt16LE(32, e + 6);
  header.writeUInt32LE(img.length, e + 2 * 4);
  header.writeUInt32LE(offset, e + 12);
  offset += img.length;
});
writeFileSync("public/favicon.ico", Buffer.concat([header, ...images]));
await browser.close();
