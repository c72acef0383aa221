// Writes the tiny PNG tiles the tile test serves (test/partner-map/tiles/{z}/{x}/{y}.png)
// for Kronoberg's box at zooms 6–10. Run once: node test/partner-map/make-tiles.mjs
import { mkdirSync, writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc = (buf) => {
  let c = 0xffffffff;
  for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type, data) => {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type), data]);
  const c = Buffer.alloc(4);
  c.writeUInt32BE(crc(td));
  return Buffer.concat([len, td, c]);
};
/** A 16×16 grey PNG (browsers scale it to the tile's size). */
function png(shade) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(16, 0);
  ihdr.writeUInt32BE(16, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 0; // greyscale
  const raw = Buffer.alloc(16 * 17);
  for (let y = 0; y < 16; y++) for (let x = 0; x < 16; x++) raw[y * 17 + 1 + x] = x === 0 || y === 0 ? 150 : shade;
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}
const [minLon, minLat, maxLon, maxLat] = [13.2, 56.25, 16.1, 57.35];
const tx = (lon, z) => Math.floor(((lon + 180) / 360) * 2 ** z);
const ty = (lat, z) => Math.floor(((1 - Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360)) / Math.PI) / 2) * 2 ** z);
let n = 0;
for (let z = 6; z <= 10; z++) {
  for (let x = tx(minLon, z) - 1; x <= tx(maxLon, z) + 1; x++) {
    for (let y = ty(maxLat, z) - 1; y <= ty(minLat, z) + 1; y++) {
      mkdirSync(new URL(`./tiles/${z}/${x}/`, import.meta.url), { recursive: true });
      writeFileSync(new URL(`./tiles/${z}/${x}/${y}.png`, import.meta.url), png(200 + ((x + y) % 2) * 30));
      n++;
    }
  }
}
console.log(`${n} tiles written`);
