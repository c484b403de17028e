import { createHash, createHmac } from "node:crypto";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { hmacSha256, sha256, toBase64, toHex } from "../../src/report/sha256";

const encode = (text: string) => new TextEncoder().encode(text);

describe("sha256", () => {
  it("gives the FIPS 180-4 test vectors", () => {
    expect(toHex(sha256(encode("abc")))).toBe(
      "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
    );
    expect(toHex(sha256(encode("")))).toBe(
      "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
    );
    expect(toHex(sha256(encode("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")))).toBe(
      "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1",
    );
  });

  it("agrees with node:crypto on any input length, including block boundaries", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (data) => {
        expect(toHex(sha256(data))).toBe(createHash("sha256").update(data).digest("hex"));
      }),
    );
    for (const length of [55, 56, 63, 64, 65, 119, 120, 128]) {
      const data = new Uint8Array(length).fill(97);
      expect(toHex(sha256(data))).toBe(createHash("sha256").update(data).digest("hex"));
    }
  });
});

describe("hmacSha256", () => {
  it("agrees with node:crypto for short and long keys and Unicode text", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 100 }), fc.string({ maxLength: 80 }), (key, message) => {
        expect(toHex(hmacSha256(key, message))).toBe(createHmac("sha256", key).update(message).digest("hex"));
      }),
    );
    const longKey = "k".repeat(200);
    expect(toHex(hmacSha256(longKey, "Ana María López"))).toBe(
      createHmac("sha256", longKey).update("Ana María López").digest("hex"),
    );
  });
});

describe("toBase64", () => {
  it("matches Buffer's base64 for every padding case", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 40 }), (data) => {
        expect(toBase64(data)).toBe(Buffer.from(data).toString("base64"));
      }),
    );
  });
});
