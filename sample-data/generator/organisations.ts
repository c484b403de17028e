/**
 * Sectors of a sport-for-development portfolio and fictional organisations in each country.
 * Names are descriptive or invented; every e-mail domain is under example.org.
 */
import { asciiSlug } from "./names";
import type { Country, Lang } from "./places";

export const SECTORS = [
  "National Olympic Committee",
  "National federation",
  "Community organisation",
  "Social NGO",
  "Public authority",
  "UN agency",
  "Development bank",
  "Corporate partner",
  "Academia",
  "Public health",
] as const;

export type Sector = (typeof SECTORS)[number];

export interface Organisation {
  name: string;
  /** Fictional domain under example.org. */
  domain: string;
}

type Named = [name: string, domainStem: string];
type Template = (c: Country, city: string) => Named;

/** Picks the language variant; typed so TypeScript keeps the pairs as tuples. */
const inLang = (c: Country, options: Record<Lang, Named[]>): Named[] => options[c.lang];

const SPORTS: Record<Lang, readonly string[]> = {
  es: ["Atletismo", "Voleibol", "Rugby", "Baloncesto", "Boxeo"],
  pt: ["Atletismo", "Vôlei", "Rugby", "Basquete", "Judô"],
  en: ["Athletics", "Netball", "Cricket", "Basketball", "Boxing"],
  fr: ["Athlétisme", "Football"],
};

const INVENTED: Record<"community" | "ngo", Record<Lang, readonly string[]>> = {
  community: {
    es: [
      "Fundación Cancha Viva",
      "Club Deportivo Nueva Esperanza",
      "Asociación Barrio Activo",
      "Colectivo Juega Limpio",
      "Escuela de Fútbol Semillas",
    ],
    pt: [
      "Associação Bola pra Frente",
      "Projeto Quadra Aberta",
      "Núcleo Esporte na Comunidade",
      "Instituto Passe Certo",
    ],
    en: [
      "Kick Start Youth Club",
      "Eastside Sports Collective",
      "Hope Road Community Sports",
      "Level Field Foundation",
    ],
    fr: ["Lakou Espwa Sport", "Kolektif Jwèt Ansanm"],
  },
  ngo: {
    es: [
      "Fundación Oportunidades en Juego",
      "Red Jóvenes al Trabajo",
      "Asociación Pasos Firmes",
      "Fundación Segundo Tiempo",
    ],
    pt: ["Instituto Vencer Juntos", "ONG Caminhos do Esporte", "Rede Jovem Trabalho"],
    en: ["Youth Pathways Trust", "Second Chance Sports Trust", "Bright Futures Network"],
    fr: ["Kolektif Jèn Pou Lavi"],
  },
};

const byLang = (c: Country, list: Record<Lang, readonly string[]>, i: number): string => {
  const names = list[c.lang];
  return names[i % names.length] as string;
};

/** Several templates per sector: index i gives the i-th organisation of that sector in a country. */
const TEMPLATES: Record<Sector, (i: number) => Template> = {
  "National Olympic Committee": () => (c) => {
    const label = {
      es: "Comité Olímpico Nacional",
      pt: "Comitê Olímpico Nacional",
      en: "National Olympic Committee",
      fr: "Comité Olympique National",
    }[c.lang];
    return [`${label} – ${c.local}`, `noc-${c.code}`];
  },
  "National federation": (i) => (c) => {
    const sport = byLang(c, SPORTS, i);
    const name = {
      es: `Federación Nacional de ${sport}`,
      pt: `Confederação Nacional de ${sport}`,
      en: `National ${sport} Federation`,
      fr: `Fédération Nationale d'${sport}`,
    }[c.lang];
    return [`${name} – ${c.local}`, `fed${asciiSlug(sport)}-${c.code}`];
  },
  "Community organisation": (i) => (c, city) => {
    const name = byLang(c, INVENTED.community, i + c.code.charCodeAt(0));
    return [`${name} – ${city}`, `${asciiSlug(name)}-${c.code}`];
  },
  "Social NGO": (i) => (c) => {
    const name = byLang(c, INVENTED.ngo, i + c.code.charCodeAt(1));
    return [`${name} – ${c.local}`, `${asciiSlug(name)}-${c.code}`];
  },
  "Public authority": (i) => (c, city) => {
    const options = inLang(c, {
      es: [
        [`Ministerio del Deporte – ${c.local}`, `mindeporte-${c.code}`],
        [`Secretaría de Seguridad Ciudadana de ${city}`, `seguridad-${asciiSlug(city)}`],
        [`Secretaría de Educación de ${city}`, `educacion-${asciiSlug(city)}`],
      ],
      pt: [
        [`Secretaria Municipal de Esportes de ${city}`, `esportes-${asciiSlug(city)}`],
        [`Secretaria de Educação de ${city}`, `educacao-${asciiSlug(city)}`],
      ],
      en: [
        [`Ministry of Sport – ${c.local}`, `minsport-${c.code}`],
        [`${city} Municipal Corporation – Community Safety`, `safety-${asciiSlug(city)}`],
      ],
      fr: [[`Ministère de la Jeunesse et des Sports – ${c.local}`, `mjs-${c.code}`]],
    });
    return options[i % options.length] as Named;
  },
  "UN agency": (i) => (c) => {
    const agencies: Named[] = [
      ["UN Programme for Youth and Sport (UNPYS)", "unpys"],
      ["UN Children's Development Office (UNCDO)", "uncdo"],
      ["UN Office for Community Safety (UNOCS)", "unocs"],
    ];
    const [agency, stem] = agencies[i % agencies.length] as Named;
    const office =
      c.code === "pa" ? "Regional Office for Latin America and the Caribbean" : `${c.name} Country Office`;
    return [`${agency} – ${office}`, `${stem}-${c.code}`];
  },
  "Development bank": (i) => () => {
    const banks: Named[] = [
      ["Banco Interamericano de Inversión Social", "bis-bank"],
      ["Caribbean Social Investment Bank", "csib"],
      ["Banco Andino de Fomento Comunitario", "bafc"],
    ];
    return banks[i % banks.length] as Named;
  },
  "Corporate partner": (i) => () => {
    const firms: Named[] = [
      ["Atlas Bebidas S.A.", "atlasbebidas"],
      ["Horizonte Telecom", "horizontetelecom"],
      ["Solaris Sportswear", "solaris-sportswear"],
      ["Caribe Logistics Ltd", "caribelogistics"],
    ];
    return firms[i % firms.length] as Named;
  },
  Academia: (i) => (c, city) => {
    const options = inLang(c, {
      es: [
        [
          `Universidad Autónoma de ${city} – Facultad de Ciencias del Deporte`,
          `uautonoma-${asciiSlug(city)}`,
        ],
        [`Instituto de Estudios del Deporte y la Sociedad – ${c.local}`, `iedes-${c.code}`],
      ],
      pt: [
        [`Universidade Federal de ${city} – Laboratório de Esporte e Sociedade`, `ufed-${asciiSlug(city)}`],
      ],
      en: [[`University of the Caribbean Coast – Sport Sciences (${c.local})`, `ucc-${c.code}`]],
      fr: [[`Université Populaire de ${city}`, `upop-${asciiSlug(city)}`]],
    });
    return options[i % options.length] as Named;
  },
  "Public health": (i) => (c, city) => {
    const options = inLang(c, {
      es: [
        [`Instituto Nacional de Salud Comunitaria – ${c.local}`, `insc-${c.code}`],
        [`Secretaría de Salud de ${city}`, `salud-${asciiSlug(city)}`],
      ],
      pt: [[`Secretaria Municipal de Saúde de ${city}`, `saude-${asciiSlug(city)}`]],
      en: [
        [`${c.local} Wellness and Active Living Agency`, `wala-${c.code}`],
        [`Ministry of Health – ${c.local}, NCD Unit`, `moh-${c.code}`],
      ],
      fr: [[`Direction de la Santé Communautaire – ${c.local}`, `dsc-${c.code}`]],
    });
    return options[i % options.length] as Named;
  },
};

export function organisation(sector: Sector, country: Country, index: number): Organisation {
  const city = country.cities[index % country.cities.length] as string;
  const [name, stem] = TEMPLATES[sector](index)(country, city);
  return { name, domain: `${stem}.example.org` };
}
