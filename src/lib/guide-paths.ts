/** Site paths of guide pages (framework-free, so the quiz can use them too). */
export const antipatternHref = (id: string) => `/antipatterns/${id}/`;
export const pageHref = (id: string) => `/${id}/`;
