/**
 * The recruitment target frame of issue 4 for the sample community: what the backbone team
 * says a healthy community needs, per sector, region and role (per group for roles and for
 * a few sector targets). Written by hand from the portfolio's intent, not fitted to the data.
 */
import { toCsv } from "./csv";
import { GROUPS } from "./roster";

type Target = [
  dimension: "sector" | "region" | "role",
  value: string,
  group: string,
  minCount: string,
  minShare: string,
];

const SECTOR_TARGETS: Target[] = [
  ["sector", "National Olympic Committee", "", "8", ""],
  ["sector", "National federation", "", "20", ""],
  ["sector", "Community organisation", "", "", "0.15"],
  ["sector", "Social NGO", "", "", "0.15"],
  ["sector", "Public authority", "", "25", ""],
  ["sector", "UN agency", "", "4", ""],
  ["sector", "Development bank", "", "2", ""],
  ["sector", "Corporate partner", "", "10", ""],
  ["sector", "Academia", "", "15", ""],
  ["sector", "Public health", "", "30", ""],
  ["sector", "Public health", GROUPS.HEALTH, "", "0.3"],
  ["sector", "Public authority", GROUPS.YCP, "12", ""],
  ["sector", "Corporate partner", GROUPS.EDU, "5", ""],
];

const REGION_MINIMUMS: Record<string, number> = {
  Colombia: 20,
  Brazil: 20,
  Mexico: 15,
  Peru: 10,
  Jamaica: 10,
  "Dominican Republic": 8,
  Chile: 8,
  "Trinidad and Tobago": 8,
  Ecuador: 8,
  Argentina: 8,
  Panama: 5,
  Haiti: 8,
  Guatemala: 5,
  Barbados: 2,
};
const REGION_TARGETS = Object.entries(REGION_MINIMUMS).map(([region, n]): Target => [
  "region",
  region,
  "",
  String(n),
  "",
]);

const ROLE_TARGETS: Target[] = Object.values(GROUPS).flatMap((group): Target[] => [
  ["role", "coordinator", group, "1", ""],
  ["role", "facilitator", group, "2", ""],
  ["role", "expert", group, "3", ""],
  ["role", "knowledge manager", group, "1", ""],
]);

export const TARGETS_HEADER = ["dimension", "value", "group", "min_count", "min_share"] as const;

export function targetsCsv(): string {
  return toCsv(TARGETS_HEADER, [...SECTOR_TARGETS, ...REGION_TARGETS, ...ROLE_TARGETS]);
}
