// Minimal PDFs written byte by byte for the bad-file cases: one page with a line of text, one page
// with no text at all (what a scan looks like to a text extractor), and an encrypted one (a
// standard security handler whose password is not empty).

/** A PDF of these objects (object 1 the catalog), with its cross-reference table and trailer. */
export function pdfOfObjects(objects: string[], trailerExtra = ''): Uint8Array {
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const o of offsets) out += `${String(o).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R ${trailerExtra}>>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(out);
}

export function minimalPdf(opts: { text?: boolean; encrypted?: boolean; info?: Record<string, string> }): Uint8Array {
  const content = opts.text === false ? '0.5 g 50 50 200 200 re f' : 'BT /F1 18 Tf 50 700 Td (Turbines 42 and counting) Tj ET';
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  if (opts.info) {
    // the document information dictionary (Title, Author, …), strings written as PDF literals
    objects.push(`<< ${Object.entries(opts.info).map(([k, v]) => `/${k} (${v.replace(/[\\()]/g, '\\$&')})`).join(' ')} >>`);
    return pdfOfObjects(objects, `/Info ${objects.length} 0 R `);
  }
  if (!opts.encrypted) return pdfOfObjects(objects);
  const hex32 = (seed: number) => Array.from({ length: 32 }, (_, i) => ((i * 37 + seed) & 0xff).toString(16).padStart(2, '0')).join('');
  objects.push(`<< /Filter /Standard /V 1 /R 2 /O <${hex32(7)}> /U <${hex32(91)}> /P -44 >>`);
  return pdfOfObjects(objects, `/Encrypt 6 0 R /ID [<${hex32(3).slice(0, 32)}> <${hex32(3).slice(0, 32)}>] `);
}
