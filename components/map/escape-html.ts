// Text written into Leaflet's HTML icons (cluster names, place labels): names come from
// listings and data files, so they are escaped, never trusted as markup.
export const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);
