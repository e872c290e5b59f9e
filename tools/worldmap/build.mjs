// Derives the country outlines of the HTML report from pinned npm packages.
//
//   cd tools/worldmap && npm ci && node build.mjs
//
// Reads world-atlas countries-110m.json (Natural Earth 1:110m admin-0 countries, TopoJSON), converts it to
// polygons with topojson-client, projects them (equirectangular: x = (lon + 180) * S, y = (90 - lat) * S with
// S = 960 / 360 px per degree), rounds to 0.1 px and writes one SVG path per country with its ISO 3166-1
// alpha-2 code (from the numeric id via i18n-iso-countries) to
//   src/DefectionWatch.Reports.Html/Resources/world-110m.json
// The report draws these paths as they are and projects event coordinates with the same formula, so the
// .NET side needs no TopoJSON decoder. Antarctica is left out (no event can be there and it takes space).
// Rings that cross the antimeridian (Russia, Fiji) are kept whole by moving their western points east by
// 360 degrees; the part past x = 960 is clipped by the map's view box. Output is deterministic.

import { createRequire } from 'node:module';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const here = dirname(fileURLToPath(import.meta.url));
const outDir = join(here, '..', '..', 'src', 'DefectionWatch.Reports.Html', 'Resources');
const version = (pkg) => JSON.parse(readFileSync(join(here, 'node_modules', pkg, 'package.json'), 'utf8')).version;

const topojson = require('topojson-client');
const countries = require('i18n-iso-countries');
const topology = JSON.parse(readFileSync(join(here, 'node_modules', 'world-atlas', 'countries-110m.json'), 'utf8'));

const WIDTH = 960;
const HEIGHT = 480;
const S = WIDTH / 360;
// Shapes without a numeric id in Natural Earth 110m, and the code used for them.
const noId = { 'N. Cyprus': 'CY', Somaliland: 'SO', Kosovo: 'XK' };

const round = (v) => Math.round(v * 10) / 10;
const fmt = (v) => (Object.is(v, -0) ? 0 : v).toString();

function ringPath(ring) {
  // Keep a ring that crosses the antimeridian in one piece.
  let crosses = false;
  for (let i = 1; i < ring.length; i++) if (Math.abs(ring[i][0] - ring[i - 1][0]) > 180) crosses = true;
  const pts = [];
  for (const [lon0, lat] of ring) {
    const lon = crosses && lon0 < 0 ? lon0 + 360 : lon0;
    const p = [round((lon + 180) * S), round((90 - lat) * S)];
    const last = pts[pts.length - 1];
    if (!last || last[0] !== p[0] || last[1] !== p[1]) pts.push(p);
  }
  if (pts.length < 3) return '';
  // Absolute first point, then relative moves: shorter text.
  let d = `M${fmt(pts[0][0])} ${fmt(pts[0][1])}`;
  for (let i = 1; i < pts.length; i++) {
    const dx = round(pts[i][0] - pts[i - 1][0]);
    const dy = round(pts[i][1] - pts[i - 1][1]);
    d += `l${fmt(dx)} ${fmt(dy)}`;
  }
  return d + 'z';
}

const features = topojson.feature(topology, topology.objects.countries).features;
const out = [];
for (const f of features) {
  const name = f.properties.name;
  if (name === 'Antarctica') continue;
  const iso = f.id ? countries.numericToAlpha2(f.id) : noId[name];
  if (!iso) throw new Error(`no ISO code for ${name} (${f.id})`);
  const polygons = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
  const d = polygons.flatMap((poly) => poly.map(ringPath)).filter((s) => s.length > 0).join('');
  out.push({ iso, name, d });
}
out.sort((a, b) => (a.iso < b.iso ? -1 : a.iso > b.iso ? 1 : a.name < b.name ? -1 : 1));

const doc = {
  source: `npm world-atlas ${version('world-atlas')} countries-110m.json (Natural Earth 1:110m admin-0 countries, public domain); ISO codes via i18n-iso-countries ${version('i18n-iso-countries')}; built by tools/worldmap/build.mjs`,
  projection: 'equirectangular',
  width: WIDTH,
  height: HEIGHT,
  pixelsPerDegree: S,
  countries: out,
};
mkdirSync(outDir, { recursive: true });
const json = JSON.stringify(doc, null, 0).replace(/\},\{"iso"/g, '},\n{"iso"');
writeFileSync(join(outDir, 'world-110m.json'), json + '\n');
console.log(`world-110m.json: ${out.length} countries, ${json.length} bytes`);
