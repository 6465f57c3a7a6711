import { describe, expect, it } from "vitest";
import { cleanFileName, EVIDENCE_CSP, evidenceResponseHeaders, safeDownloadName } from "./serve";

describe("safeDownloadName", () => {
  it.each([
    ["Фото школи (1).HEIC.jpeg", "image/jpeg", "Foto-shkoly-1.HEIC.jpg"],
    ["Звіт за березень.pdf", "application/pdf", "Zvit-za-berezen.pdf"],
    ["Café déjà vu.png", "image/jpeg", "Cafe-deja-vu.jpg"],
    ["report.exe", "application/pdf", "report.pdf"],
    ["../../etc/passwd", "application/pdf", "passwd.pdf"],
    ["C:\\Users\\me\\Desktop\\scan 7.PDF", "application/pdf", "scan-7.pdf"],
    ['a"; filename="evil.html', "image/jpeg", "a-filename-evil.jpg"],
    ["line\r\nSet-Cookie: x=1.jpg", "image/jpeg", "line-Set-Cookie-x-1.jpg"],
    ["", "image/jpeg", "evidence.jpg"],
    ["😀😀.pdf", "application/pdf", "document.pdf"],
    [".hidden", "image/jpeg", "hidden.jpg"],
    ["CON.jpg", "image/jpeg", "file-CON.jpg"],
    ["thumb", "image/webp", "thumb.webp"],
    ["x.bin", "text/html", "x.bin"],
  ])("%j as %s → %s", (name, type, expected) => {
    expect(safeDownloadName(name, type)).toBe(expected);
  });

  it("is always short printable ASCII without quotes or separators", () => {
    const name = safeDownloadName(`${"ї".repeat(500)}/\\"';\u0000\u202e.jpg`, "image/jpeg");
    expect(name).toMatch(/^[A-Za-z0-9._-]{1,90}$/);
  });
});

describe("evidenceResponseHeaders", () => {
  it("serves photos inline, sandboxed and never sniffed", () => {
    expect(evidenceResponseHeaders({ contentType: "image/jpeg", declaredName: "Фото.jpg", size: 1234 })).toEqual({
      "Content-Type": "image/jpeg",
      "Content-Disposition": 'inline; filename="Foto.jpg"',
      "Content-Security-Policy": "default-src 'none'; sandbox",
      "X-Content-Type-Options": "nosniff",
      "Cross-Origin-Resource-Policy": "same-origin",
      "Cache-Control": "private, no-cache",
      "Content-Length": "1234",
    });
    expect(evidenceResponseHeaders({ contentType: "image/webp", declaredName: "x.png" })["Content-Disposition"]).toBe(
      'inline; filename="x.webp"',
    );
  });

  it("serves PDFs as attachments with the same sandbox", () => {
    const headers = evidenceResponseHeaders({ contentType: "application/pdf", declaredName: "звіт.pdf" });
    expect(headers["Content-Disposition"]).toBe('attachment; filename="zvit.pdf"');
    expect(headers["Content-Security-Policy"]).toBe(EVIDENCE_CSP);
    expect(headers["X-Content-Type-Options"]).toBe("nosniff");
    expect(headers).not.toHaveProperty("Content-Length");
  });

  it("downloads anything of an unexpected type as opaque bytes", () => {
    const headers = evidenceResponseHeaders({ contentType: "text/html", declaredName: "page.html" });
    expect(headers["Content-Type"]).toBe("application/octet-stream");
    expect(headers["Content-Disposition"]).toBe('attachment; filename="page.bin"');
  });
});

describe("cleanFileName", () => {
  it.each([
    ["Звіт за травень 2026.pdf", "application/pdf", "Звіт за травень 2026.pdf"],
    ["/home/me/photos/IMG_1.JPG", "image/jpeg", "IMG_1.JPG"],
    ["C:\\Users\\me\\scan.png", "image/jpeg", "scan.png"],
    ["invoice\u202Efdp.exe", "application/pdf", "invoicefdp.exe"],
    ["  a\tb\r\nc\u0000.jpg  ", "image/jpeg", "abc.jpg"],
    ["zero\u200Bwidth.jpg", "image/jpeg", "zerowidth.jpg"],
    ["many   spaces.jpg", "image/jpeg", "many spaces.jpg"],
    ["", "image/jpeg", "evidence.jpg"],
    ["\u202E", "application/pdf", "document.pdf"],
  ])("%j → %j", (name, type, expected) => {
    expect(cleanFileName(name, type)).toBe(expected);
  });

  it("cuts at 200 characters without splitting an emoji", () => {
    const name = cleanFileName("😀".repeat(300), "image/jpeg");
    expect(Array.from(name)).toHaveLength(200);
    expect(name).toBe("😀".repeat(200));
  });
});
