/** Public API of the ICP domain core. Pure TypeScript: no framework, no database, no clock. */
export * from "./kinds";
export * from "./time";
export * from "./catalogue";
export * from "./derive";
export * from "./urgency";
export * from "./classify";
export * from "./progress";
