/** Countries of the sample portfolio, the language their people's names are drawn from, and a few cities. */

export type Lang = "es" | "pt" | "en" | "fr";

export interface Country {
  name: string;
  /** Name as used in local organisation names. */
  local: string;
  lang: Lang;
  /** Short code used in fictional e-mail domains. */
  code: string;
  cities: readonly string[];
  /** Relative share among ordinary members (0: only placed deliberately). */
  share: number;
}

export const COUNTRIES: readonly Country[] = [
  {
    name: "Colombia",
    local: "Colombia",
    lang: "es",
    code: "co",
    cities: ["Bogotá", "Medellín", "Cali", "Barranquilla"],
    share: 16,
  },
  {
    name: "Brazil",
    local: "Brasil",
    lang: "pt",
    code: "br",
    cities: ["Recife", "São Paulo", "Salvador", "Belo Horizonte"],
    share: 16,
  },
  {
    name: "Mexico",
    local: "México",
    lang: "es",
    code: "mx",
    cities: ["Ciudad de México", "Monterrey", "Guadalajara"],
    share: 12,
  },
  { name: "Peru", local: "Perú", lang: "es", code: "pe", cities: ["Lima", "Arequipa", "Trujillo"], share: 9 },
  {
    name: "Jamaica",
    local: "Jamaica",
    lang: "en",
    code: "jm",
    cities: ["Kingston", "Montego Bay", "Spanish Town"],
    share: 9,
  },
  {
    name: "Dominican Republic",
    local: "República Dominicana",
    lang: "es",
    code: "do",
    cities: ["Santo Domingo", "Santiago de los Caballeros"],
    share: 7,
  },
  {
    name: "Chile",
    local: "Chile",
    lang: "es",
    code: "cl",
    cities: ["Santiago", "Valparaíso", "Concepción"],
    share: 7,
  },
  {
    name: "Trinidad and Tobago",
    local: "Trinidad and Tobago",
    lang: "en",
    code: "tt",
    cities: ["Port of Spain", "San Fernando", "Chaguanas"],
    share: 6,
  },
  { name: "Ecuador", local: "Ecuador", lang: "es", code: "ec", cities: ["Quito", "Guayaquil"], share: 5 },
  {
    name: "Argentina",
    local: "Argentina",
    lang: "es",
    code: "ar",
    cities: ["Buenos Aires", "Rosario", "Córdoba"],
    share: 5,
  },
  { name: "Panama", local: "Panamá", lang: "es", code: "pa", cities: ["Ciudad de Panamá"], share: 4 },
  {
    name: "Haiti",
    local: "Haïti",
    lang: "fr",
    code: "ht",
    cities: ["Port-au-Prince", "Cap-Haïtien"],
    share: 0,
  },
  {
    name: "Guatemala",
    local: "Guatemala",
    lang: "es",
    code: "gt",
    cities: ["Quetzaltenango", "Cobán"],
    share: 0,
  },
  { name: "Barbados", local: "Barbados", lang: "en", code: "bb", cities: ["Bridgetown"], share: 0 },
];

export function country(name: string): Country {
  const found = COUNTRIES.find((c) => c.name === name);
  if (!found) throw new Error(`unknown country ${name}`);
  return found;
}
