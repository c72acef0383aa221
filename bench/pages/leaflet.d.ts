// No @types/leaflet in the project (the anchors are measured, not built on): the few calls the bench makes, loosely typed.
declare module 'leaflet' {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const L: any;
  export default L;
}
declare module 'leaflet.markercluster';
