import { createTheme, SegmentedControl, type CSSVariablesResolver } from '@mantine/core';

export const theme = createTheme({
  primaryColor: 'blue',
  // Shade 8 keeps white text on filled buttons and links on white above 4.5:1 (shade 6 is ~3.6:1).
  primaryShade: 8,
  focusRing: 'auto',
  // Motion only where it helps nobody: a label fading from white to grey passes below 4.5:1 on its way.
  respectReducedMotion: true,
  components: {
    SegmentedControl: SegmentedControl.extend({ defaultProps: { transitionDuration: 0 } }),
  },
});

/**
 * Mantine's "dimmed" text (input descriptions, divider labels) is gray-6, about 3.3:1 on white; gray-7 is above
 * 7:1 and still reads as secondary text (WCAG 1.4.3).
 */
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: { '--mantine-color-dimmed': 'var(--mantine-color-gray-7)' },
  dark: {},
});
