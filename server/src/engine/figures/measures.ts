// Physical measures written with a unit: "9.2Mbps", "512kbps", "3GHz", "38mph", "61km/h", "17m/s",
// "5kg", "30C", "100 km". Which unit a figure carries, and how units of one family convert
// (kbps/Mbps/Gbps, m/km, g/kg). Metres written "508m" are told from millions in units.ts.

import { isAlnum } from './chars';
import { MEASURE_UNITS, SPACED_MEASURES } from './familyTables';
import { table } from './tables';

/** Units written with a slash, as the text spells them, to the table's key: "Mbit/s" is Mbps. */
const SLASH_UNITS: Readonly<Record<string, string>> = table({
  'km/h': 'km/h', 'm/s': 'm/s', 'Mbit/s': 'Mbps', 'kbit/s': 'kbps', 'Gbit/s': 'Gbps', 'Mb/s': 'Mbps', 'kb/s': 'kbps',
});

/**
 * The measure unit written as the letters text[ws, e) ("km", "Mbps"), with "/h" or "/s" after them
 * when present ("km/h"): the normalised unit and where it ends; undefined when it is no unit.
 * `spaced`: the unit stands after a space, where only units that are never words count.
 */
export function measureAt(text: string, ws: number, e: number, end: number, spaced: boolean): { unit: string; end: number } | undefined {
  const w = text.slice(ws, e);
  let key = w;
  let stop = e;
  if (e + 1 < end && text.charCodeAt(e) === 47 /* / */) {
    const c2 = text.charCodeAt(e + 1);
    if (!((c2 === 104 || c2 === 115) && !(e + 2 < end && isAlnum(text.charCodeAt(e + 2))))) return undefined;
    key = SLASH_UNITS[w + '/' + String.fromCharCode(c2)] ?? '';
    stop = e + 2;
  } else if (w === 'm') {
    return undefined; // a bare "m" is millions or metres: decided with the scales
  }
  if (spaced && !SPACED_MEASURES.has(key)) return undefined;
  const u = MEASURE_UNITS[key];
  return u ? { unit: u[0], end: stop } : undefined;
}

/** The family of a normalised measure unit and its factor to the family's base ("Mbps" → ["bps", 1e6]). */
export function measureBase(unit: string | undefined): readonly [string, number] | undefined {
  const u = unit === undefined ? undefined : MEASURE_UNITS[unit];
  return u ? [u[1], u[2]] : undefined;
}
