import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { LocationPrecision } from "@/generated/prisma/enums";
import { countryCenter, findCity, oblastCenter } from "./places";
import { CITY_GRID_DEGREES, publicPoint, REGION_GRID_DEGREES, round5, snapToGrid } from "./precision";

const lat = fc.double({ min: -89.9, max: 89.9, noNaN: true, noDefaultInfinity: true });
const lng = fc.double({ min: -179.9, max: 179.9, noNaN: true, noDefaultInfinity: true });

/** Is the value the centre of a cell of this step (then showing it reveals nothing more)? */
function isCellCentre(value: number, step: number): boolean {
  const cells = (value + 180) / step - 0.5;
  return Math.abs(cells - Math.round(cells)) < 1e-9;
}

describe("publicPoint", () => {
  it("keeps an EXACT point, rounded to 5 decimals", () => {
    expect(publicPoint({ lat: 52.5200049, lng: 13.4049951, precision: LocationPrecision.EXACT })).toEqual({ lat: 52.52, lng: 13.405 });
    expect(publicPoint({ lat: -0.000001, lng: 0.000001, precision: LocationPrecision.EXACT })).toEqual({ lat: 0, lng: 0 });
  });

  it("moves a CITY point to the gazetteer's city centre", () => {
    const berlin = findCity("DE", "Berlin");
    expect(publicPoint({ lat: 52.4871, lng: 13.4258, precision: LocationPrecision.CITY, country: "DE", city: "Berlin" })).toEqual({
      lat: berlin?.lat,
      lng: berlin?.lng,
    });
    // Any spelling the gazetteer knows
    expect(publicPoint({ lat: 48.1, lng: 11.6, precision: LocationPrecision.CITY, country: "DE", city: "München" })).toEqual({
      lat: 48.13743,
      lng: 11.57549,
    });
  });

  it("snaps a CITY point of an unknown city to the centre of its 0.05° cell", () => {
    expect(publicPoint({ lat: 49.44123, lng: 24.93811, precision: LocationPrecision.CITY, country: "UA", city: "Бережани" })).toEqual({
      lat: 49.425,
      lng: 24.925,
    });
    expect(publicPoint({ lat: -33.91, lng: -70.66, precision: LocationPrecision.CITY })).toEqual({ lat: -33.925, lng: -70.675 });
  });

  it("uses the oblast centre, then the country point, then a 0.5° cell for REGION", () => {
    const ternopil = oblastCenter("UA61000000000060328");
    expect(publicPoint({ lat: 49.44, lng: 24.93, precision: LocationPrecision.REGION, country: "UA", oblastCenter: ternopil })).toEqual(
      ternopil,
    );
    expect(publicPoint({ lat: 48.13, lng: 11.57, precision: LocationPrecision.REGION, country: "DE", city: "Munich" })).toEqual(
      countryCenter("DE"),
    );
    expect(publicPoint({ lat: 35.6812, lng: 139.7671, precision: LocationPrecision.REGION, country: "JP" })).toEqual({
      lat: 35.75,
      lng: 139.75,
    });
  });

  it("refuses points that are not coordinates", () => {
    expect(() => publicPoint({ lat: Number.NaN, lng: 0, precision: LocationPrecision.EXACT })).toThrow(RangeError);
    expect(() => publicPoint({ lat: 91, lng: 0, precision: LocationPrecision.CITY })).toThrow(RangeError);
    expect(() => publicPoint({ lat: 0, lng: Infinity, precision: LocationPrecision.REGION })).toThrow(RangeError);
  });

  it("handles the poles and the antimeridian", () => {
    expect(snapToGrid(90, 180, REGION_GRID_DEGREES)).toEqual({ lat: 89.75, lng: -179.75 });
    expect(snapToGrid(-90, -180, REGION_GRID_DEGREES)).toEqual({ lat: -89.75, lng: -179.75 });
  });
});

describe("publicPoint properties", () => {
  it("never returns a CITY or REGION input point unless it already is a cell centre or a known centre", () => {
    fc.assert(
      fc.property(
        lat,
        lng,
        fc.constantFrom(LocationPrecision.CITY, LocationPrecision.REGION),
        fc.constantFrom(null, "DE", "UA", "ZZ"),
        (la, ln, precision, country) => {
          const out = publicPoint({ lat: la, lng: ln, precision, country, city: "Nowhere-on-the-map" });
          const step = precision === LocationPrecision.CITY ? CITY_GRID_DEGREES : REGION_GRID_DEGREES;
          const alreadyPublic = (isCellCentre(la, step) && isCellCentre(ln, step)) || (country === "DE" && la === countryCenter("DE")?.lat);
          if (!alreadyPublic) expect(out.lat === la && out.lng === ln).toBe(false);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it("keeps an unknown city's point within its 0.05° cell (under 4 km)", () => {
    fc.assert(
      fc.property(lat, lng, (la, ln) => {
        const out = publicPoint({ lat: la, lng: ln, precision: LocationPrecision.CITY, country: "ZZ", city: "Unknown" });
        expect(Math.abs(out.lat - la)).toBeLessThanOrEqual(CITY_GRID_DEGREES / 2 + 1e-9);
        const dLng = Math.abs(out.lng - ln);
        expect(Math.min(dLng, 360 - dLng)).toBeLessThanOrEqual(CITY_GRID_DEGREES / 2 + 1e-9);
        const kmNorth = (out.lat - la) * 111.32;
        const kmEast = Math.min(dLng, 360 - dLng) * 111.32 * Math.cos((la * Math.PI) / 180);
        expect(Math.hypot(kmNorth, kmEast)).toBeLessThan(4);
      }),
    );
  });

  it("gives every point of one cell the same public point", () => {
    fc.assert(
      fc.property(
        lat,
        lng,
        fc.double({ min: 0, max: 0.999, noNaN: true }),
        fc.double({ min: 0, max: 0.999, noNaN: true }),
        (la, ln, u, v) => {
          const a = snapToGrid(la, ln, REGION_GRID_DEGREES);
          const inside = {
            lat: a.lat - REGION_GRID_DEGREES / 2 + u * REGION_GRID_DEGREES,
            lng: a.lng - REGION_GRID_DEGREES / 2 + v * REGION_GRID_DEGREES,
          };
          expect(snapToGrid(inside.lat, inside.lng, REGION_GRID_DEGREES)).toEqual(a);
        },
      ),
    );
  });

  it("EXACT moves a point by less than a metre and is idempotent", () => {
    fc.assert(
      fc.property(lat, lng, (la, ln) => {
        const out = publicPoint({ lat: la, lng: ln, precision: LocationPrecision.EXACT });
        expect(Math.abs(out.lat - la)).toBeLessThanOrEqual(0.5e-5 + 1e-12);
        expect(Math.abs(out.lng - ln)).toBeLessThanOrEqual(0.5e-5 + 1e-12);
        expect(publicPoint({ ...out, precision: LocationPrecision.EXACT })).toEqual(out);
        expect(round5(out.lat)).toBe(out.lat);
      }),
    );
  });

  it("is pure: same input, same output", () => {
    fc.assert(
      fc.property(lat, lng, fc.constantFrom(...Object.values(LocationPrecision)), (la, ln, precision) => {
        const input = { lat: la, lng: ln, precision, country: "PL", city: "Lublin" };
        expect(publicPoint(input)).toEqual(publicPoint({ ...input }));
      }),
    );
  });
});
