// Fixed ids of the demo workspace, so tests, docs and later areas' demo content can name them.
export const DEMO_WORKSPACE_ID = '00000000-0000-4000-8000-00000000d3e0';
export const DEMO_BRANDS = {
  cafe: '00000000-0000-4000-8000-0000000cafe1',
  roasters: '00000000-0000-4000-8000-0000000cafe2',
} as const;
