// What an organisation offers, from form units to the columns partner matching reads
// (lib/matching/queries.ts). Pure, so the rules are unit-tested without a database.
import { OrganizationKind } from "@/generated/prisma/enums";
import { unitsToMinor } from "@/lib/money/minor";
import type { OrganizationOffer } from "./schema";

export interface OfferColumns {
  aidTypes: OrganizationOffer["aidTypes"];
  operatingCountries: string[];
  operatingOblasts: string[];
  budgetMinMinor: bigint | null;
  budgetMaxMinor: bigint | null;
  budgetCurrency: string | null;
  /** Present only for foreign municipalities: for anyone else the column is left alone. */
  population?: number | null;
}

/** Reads the offer's columns (the profile's "What we offer", partner matching). */
export const offerSelect = {
  aidTypes: true,
  operatingCountries: true,
  operatingOblasts: true,
  budgetMinMinor: true,
  budgetMaxMinor: true,
  budgetCurrency: true,
  population: true,
} as const satisfies Record<keyof OfferColumns, true>;

export function offerColumns(offer: OrganizationOffer, kind: OrganizationKind): OfferColumns {
  const hasBudget = offer.budgetMin !== undefined || offer.budgetMax !== undefined;
  return {
    aidTypes: offer.aidTypes,
    operatingCountries: offer.operatingCountries,
    operatingOblasts: offer.operatingOblasts,
    budgetMinMinor: offer.budgetMin !== undefined ? unitsToMinor(offer.budgetMin) : null,
    budgetMaxMinor: offer.budgetMax !== undefined ? unitsToMinor(offer.budgetMax) : null,
    // A currency without an amount says nothing (the select always sends one).
    budgetCurrency: hasBudget ? offer.budgetCurrency : null,
    // Size similarity compares municipalities with communities; an association's "population"
    // would be meaningless, so the field is neither shown nor stored for other kinds.
    ...(kind === OrganizationKind.FOREIGN_MUNICIPALITY ? { population: offer.population ?? null } : {}),
  };
}
