// A calm, quiet look: a deep petrol-teal accent on neutral greys, generous radius, readable type.
import { createTheme } from '@mantine/core';
import type { MantineColorsTuple, MantineThemeOverride } from '@mantine/core';

const petrol: MantineColorsTuple = [
  '#e9f7f7',
  '#d5eced',
  '#a9d8da',
  '#79c3c6',
  '#53b1b5',
  '#3aa5aa',
  '#2a9ea3',
  '#1a878c',
  '#0c787d',
  '#00676c',
];

const HEBREW_FIRST = "'Noto Sans Hebrew', 'Noto Sans', system-ui, -apple-system, 'Segoe UI', Arial, sans-serif";
const LATIN_FIRST = "'Noto Sans', 'Noto Sans Hebrew', system-ui, -apple-system, 'Segoe UI', Arial, sans-serif";

export function buildTheme(locale: string): MantineThemeOverride {
  const fontFamily = locale === 'he' ? HEBREW_FIRST : LATIN_FIRST;
  return createTheme({
    primaryColor: 'petrol',
    primaryShade: { light: 8, dark: 6 },
    colors: { petrol },
    fontFamily,
    fontFamilyMonospace: "ui-monospace, 'SFMono-Regular', Menlo, Consolas, monospace",
    headings: { fontFamily, fontWeight: '700' },
    defaultRadius: 'md',
    focusRing: 'auto',
    cursorType: 'pointer',
    components: {
      Button: { defaultProps: { fw: 500 } },
      Paper: { defaultProps: { radius: 'md' } },
      Card: { defaultProps: { radius: 'md', withBorder: true } },
      Modal: { defaultProps: { radius: 'md' } },
      Table: { defaultProps: { verticalSpacing: 'sm', highlightOnHover: true } },
    },
  });
}
