// Links to outside registries a milestone may name (issue 18). Prozorro's tender pages are
// public at /tender/{id}. DREAM (Ukraine's reconstruction ecosystem) shows projects under
// /ua/project/{id}; its address scheme could not be checked from this machine (no access beyond
// the package registries), so it lives here, in one place, to be corrected once.
export const prozorroUrl = (tenderId: string) => `https://prozorro.gov.ua/tender/${encodeURIComponent(tenderId)}`;
export const registryUrl = (projectId: string) => `https://dream.gov.ua/ua/project/${encodeURIComponent(projectId)}`;
