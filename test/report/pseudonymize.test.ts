import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import { createPseudonymizer, newWorkspaceSecret, type PersonIdentity } from "../../src/report/pseudonymize";

const SECRET = "workspace-secret-1";
const CODE = /^Person-[0-9ABCDEFGHJKMNPQRSTVWXYZ]{6}$/;

/** The documented definition, computed with node:crypto: base 32 of the HMAC's first 30 bits. */
function expectedCode(secret: string, id: string, kind = "person", prefix = "Person"): string {
  const digest = createHmac("sha256", secret).update(`${kind}\u0000${id}`).digest();
  const bits = digest.readUInt32BE(0) % 2 ** 30;
  const alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
  let code = "";
  for (let i = 5; i >= 0; i--) code += alphabet[Math.floor(bits / 32 ** i) % 32];
  return `${prefix}-${code}`;
}

const people: PersonIdentity[] = [
  { id: "p01", name: "Ana María López", email: "ana.lopez@example.org", organization: "Ministerio de Salud" },
  { id: "p05", name: "Ana", email: "ana@example.org" },
  { id: "p04", name: "Marta Ruiz", aliases: ["M. Ruiz"] },
  { id: "2024", name: "Numeric Id" },
  { id: "p09", name: "Eva Gómez", organization: "Federación de Atletismo" },
];

describe("createPseudonymizer: codes", () => {
  it("gives each person the code the documented keyed hash defines", () => {
    const p = createPseudonymizer(people, { secret: SECRET });
    for (const { id } of people) {
      expect(p.person(id)).toMatch(CODE);
      expect(p.person(id)).toBe(expectedCode(SECRET, id));
    }
  });

  it("is stable across exports and sessions with the same secret, whatever the input order", () => {
    const first = createPseudonymizer(people, { secret: SECRET });
    const second = createPseudonymizer([...people].reverse(), { secret: SECRET });
    for (const { id } of people) expect(second.person(id)).toBe(first.person(id));
    expect(first.person("p01")).toBe(first.person("p01"));
  });

  it("changes every code with another secret", () => {
    const a = createPseudonymizer(people, { secret: SECRET });
    const b = createPseudonymizer(people, { secret: "another secret" });
    for (const { id } of people) expect(b.person(id)).not.toBe(a.person(id));
  });

  it("gives distinct codes to thousands of people", () => {
    const many = Array.from({ length: 5000 }, (_, i) => ({ id: `m${i}` }));
    const p = createPseudonymizer(many, { secret: SECRET });
    expect(new Set(many.map(({ id }) => p.person(id))).size).toBe(5000);
  });

  it("resolves a collision deterministically: the smaller id keeps its code, the other draws again", () => {
    // Search ids until two share a first draw (30 bits: about 40,000 ids on average).
    const seen = new Map<string, string>();
    let pair: [string, string] | null = null;
    for (let i = 0; !pair && i < 400_000; i++) {
      const id = `c${i}`;
      const code = expectedCode(SECRET, id);
      const other = seen.get(code);
      if (other !== undefined) pair = [other, id];
      else seen.set(code, id);
    }
    expect(pair).not.toBeNull();
    const [smaller, larger] = [...pair!].sort();
    const forward = createPseudonymizer([{ id: smaller! }, { id: larger! }], { secret: SECRET });
    const backward = createPseudonymizer([{ id: larger! }, { id: smaller! }], { secret: SECRET });
    expect(forward.person(smaller!)).toBe(expectedCode(SECRET, smaller!));
    expect(forward.person(larger!)).not.toBe(forward.person(smaller!));
    expect(forward.person(larger!)).toMatch(CODE);
    expect(backward.person(larger!)).toBe(forward.person(larger!));
    expect(backward.person(smaller!)).toBe(forward.person(smaller!));
  });

  it("codes ids it was not given too, without reusing a taken code", () => {
    const p = createPseudonymizer(people, { secret: SECRET });
    expect(p.person("stranger")).toBe(expectedCode(SECRET, "stranger"));
    expect(people.map(({ id }) => p.person(id))).not.toContain(p.person("stranger"));
  });

  it("codes organisations only when asked, the same organisation whatever its spacing or case", () => {
    const kept = createPseudonymizer(people, { secret: SECRET });
    expect(kept.organization("Ministerio de Salud")).toBe("Ministerio de Salud");
    const coded = createPseudonymizer(people, { secret: SECRET, organizations: true });
    const code = coded.organization("Ministerio de Salud");
    expect(code).toMatch(/^Org-[0-9A-Z]{6}$/);
    expect(coded.organization("  ministerio  de SALUD ")).toBe(code);
    expect(coded.organization("Federación de Atletismo")).not.toBe(code);
    expect(coded.organization(null)).toBeNull();
    expect(coded.organization(undefined)).toBeUndefined();
  });

  it("makes new 256-bit workspace secrets", () => {
    const a = newWorkspaceSecret();
    expect(a).toMatch(/^[0-9a-f]{64}$/);
    expect(newWorkspaceSecret()).not.toBe(a);
  });
});

describe("createPseudonymizer: free text", () => {
  const p = createPseudonymizer(people, { secret: SECRET });
  const [ana, shortAna, marta] = ["p01", "p05", "p04"].map((id) => p.person(id));

  it("replaces the longest name first, so 'Ana María López' and 'Ana' stay two people", () => {
    expect(p.text("Ana María López and Ana have 1 contact in common (Marta Ruiz).")).toBe(
      `${ana} and ${shortAna} have 1 contact in common (${marta}).`,
    );
  });

  it("ignores case, and matches names written with decomposed accents", () => {
    expect(p.text("ANA MARÍA LÓPEZ met marta ruiz")).toBe(`${ana} met ${marta}`);
    expect(p.text("Ana Mari\u0301a Lo\u0301pez")).toBe(ana);
  });

  it("replaces e-mails, aliases and ids, not only names", () => {
    expect(p.text("Write to ana.lopez@example.org or ANA@example.org; M. Ruiz (p04) agrees.")).toBe(
      `Write to ${ana} or ${shortAna}; ${marta} (${marta}) agrees.`,
    );
  });

  it("replaces whole words only and leaves numbers and dates alone", () => {
    expect(p.text("Banana, Anabel and Analysis; joined 2024-01-10, 2024 people")).toBe(
      "Banana, Anabel and Analysis; joined 2024-01-10, 2024 people",
    );
  });

  it("does not touch text that names nobody, and replaces organisations only when asked", () => {
    expect(p.text("Public health and sport depend on one broker.")).toBe(
      "Public health and sport depend on one broker.",
    );
    expect(p.text("Eva Gómez (Federación de Atletismo)")).toBe(
      `${p.person("p09")} (Federación de Atletismo)`,
    );
    const withOrgs = createPseudonymizer(people, { secret: SECRET, organizations: true });
    expect(withOrgs.text("Eva Gómez (Federación de Atletismo)")).toBe(
      `${withOrgs.person("p09")} (${withOrgs.organization("Federación de Atletismo")})`,
    );
  });
});
